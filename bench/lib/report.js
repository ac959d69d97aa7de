// Turns the collected samples into medians, ratios, target checks, a table and results.json.
'use strict';
const os = require('os');
const { execFileSync } = require('child_process');
const { median } = require('./procs');
const { ASYNCIO } = require('./suite');

const fmt = x => (Number.isFinite(x) ? x.toFixed(3) : '—');
const ratio = x => (Number.isFinite(x) ? x.toFixed(2) + '×' : '—');

/** Whether medians `m` (one benchmark) meet its issue-7 target; `all` holds every benchmark's. */
function target(name, m, all) {
  if (ASYNCIO.includes(name)) return ['≥3× CPython, ≤3× JS', m.python3 / m.lab >= 3 && m.lab / m.js <= 3];
  if (name === 'cpu') return ['≥2× CPython', m.python3 / m.lab >= 2];
  if (name === 'hello-cold') return ['≤0.150 s', m.lab <= 0.150];
  if (name === 'hello-warm') return ['≤0.020 s', m.lab <= 0.020];
  if (name === 'activation') return ['≤0.050 s, no runtime', m.lab <= 0.050];
  if (name === 'trace') {
    const base = all.spawn && all.spawn.lab;
    return ['≤+30% vs spawn', Number.isFinite(base) && m.lab / base <= 1.3];
  }
  return ['', true];
}

const medianOf = samples => Object.fromEntries(Object.entries(samples).map(([v, s]) => [v, median(s)]));

function summarize(results) {
  const wall = {}, cpu = {};
  for (const b of results) { wall[b.name] = medianOf(b.samples); cpu[b.name] = medianOf(b.cpu); }
  return results.map(b => {
    const m = wall[b.name], c = cpu[b.name];
    // hello-warm is an in-process time: its CPU column repeats the wall figure.
    if (b.name === 'hello-warm' || b.name === 'activation') c.lab = m.lab;
    const [goal, met] = target(b.name, m, wall);
    const [, metCpu] = target(b.name, c, cpu);
    return {
      name: b.name, medians: m, cpuMedians: c, samples: b.samples, cpuSamples: b.cpu,
      target: goal, met: met && b.correct, metOnCpu: metCpu && b.correct, correct: b.correct, wrongIn: [...(b.wrong || [])], problems: b.problems,
      overVsSpawn: b.name === 'trace' && wall.spawn ? m.lab / wall.spawn.lab - 1 : undefined,
      cpuOverVsSpawn: b.name === 'trace' && cpu.spawn ? c.lab / cpu.spawn.lab - 1 : undefined,
    };
  });
}

/** A markdown table of one kind of median: 'medians' (wall) or 'cpuMedians'. */
function table(rows, kind) {
  const head = ['benchmark', 'CPython 3.11', 'Asyncio Lab', 'Lab --no-sandbox', 'hand JS', 'CPython/Lab', 'Lab/JS', 'target', 'met', 'output'];
  const lines = [head, head.map(h => '-'.repeat(Math.max(3, h.length)))];
  for (const r of rows) {
    const m = r[kind];
    let lj = ratio(m.lab / m.js);
    const over = kind === 'medians' ? r.overVsSpawn : r.cpuOverVsSpawn;
    if (r.name === 'trace' && over !== undefined) lj = `${over >= 0 ? '+' : ''}${(100 * over).toFixed(0)}% vs spawn`;
    const met = kind === 'medians' ? r.met : r.metOnCpu;
    lines.push([r.name, fmt(m.python3), fmt(m.lab), fmt(m['lab-nosb']), fmt(m.js), ratio(m.python3 / m.lab), lj,
      r.target, met ? 'yes' : 'NO', r.correct ? 'same as CPython' : `WRONG (${r.wrongIn.join(', ') || 'no CPython output'})`]);
  }
  return lines.map(l => '| ' + l.join(' | ') + ' |').join('\n');
}

function pythonVersion() {
  try { return execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim(); } catch { return 'unknown'; }
}

function machine(loadBefore) {
  const cpus = os.cpus();
  return {
    cpus: cpus.length, cpuModel: cpus[0] && cpus[0].model, memGb: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version, python: pythonVersion(), platform: `${os.platform()} ${os.release()}`,
    loadavgBefore: loadBefore, loadavgAfter: os.loadavg().map(x => +x.toFixed(2)),
  };
}

module.exports = { summarize, table, machine };
