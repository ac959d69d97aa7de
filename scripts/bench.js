#!/usr/bin/env node
// npm run bench [-- --n 5] [--only spawn,cpu] [--out bench/results.json] [--dist] [--keep-env]
// Runs every benchmark of bench/lib/suite.js on Asyncio Lab (the CLI, with and without the
// sandbox worker), on CPython and on hand-written JS, N whole-process runs each, interleaved
// round by round so that a change in machine load hits every engine alike. The CLI is a private
// esbuild bundle of the current sources (or dist/ with --dist). Checks that every
// output equals CPython's, prints a table of medians and ratios, writes bench/results.json.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { BENCHMARKS } = require('../bench/lib/suite');
const { timedRun, keepEnvironment, startupTax, removeCache } = require('../bench/lib/procs');
const { summarize, table, machine } = require('../bench/lib/report');
const { privateBuild, distSize } = require('../bench/lib/build');

const root = path.join(__dirname, '..');

function parseArgs(argv) {
  const a = { n: 5, only: undefined, out: path.join(root, 'bench', 'results.json'), dist: false, keepEnv: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--n') a.n = Number(argv[++i]);
    else if (argv[i] === '--only') a.only = argv[++i].split(',');
    else if (argv[i] === '--dist') a.dist = true;
    else if (argv[i] === '--keep-env') a.keepEnv = true;
    else if (argv[i] === '--out') a.out = path.resolve(argv[++i]);
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return a;
}

/** One sample of one variant: seconds, and the problem with its output if any. */
function sample(b, variant, argv, reference, dist) {
  const traceFile = path.join(os.tmpdir(), `asyncio-lab-bench-trace-${process.pid}.json`);
  const cmd = argv.map(x => (x === '<TRACE>' ? traceFile : x.replace('<DIST>', dist)));
  if (b.trace) fs.rmSync(traceFile, { force: true });
  const r = timedRun(cmd, root);
  const problems = [];
  const lastErr = r.stderr.trim().split('\n').filter(l => !/^(sys:1: )?RuntimeWarning/.test(l)).pop() || '';
  if (r.error || r.status !== 0) problems.push(`${variant}: exit ${r.status} ${r.error || ''} ${lastErr}`);
  let sec = r.sec, out = r.stdout;
  if (b.inProcess && r.status === 0) {
    const j = JSON.parse(r.stdout);
    sec = j.ms[j.ms.length - 1] / 1000;
    out = j.outputs[j.outputs.length - 1];
    const heavy = (j.loaded || []).filter(f => f === 'core.js' || f === 'worker.js' || f === 'pyright.js');
    if (b.noRuntime && heavy.length) problems.push(`${variant}: loaded ${heavy.join(', ')}`);
  } else if (variant.startsWith('lab') && r.stderr && r.status === 0) problems.push(`${variant}: stderr: ${lastErr}`);
  if (reference !== undefined && out !== reference && r.status === 0) {
    problems.push(`${variant}: output differs from CPython: ${JSON.stringify(out.slice(0, 200))} vs ${JSON.stringify(reference.slice(0, 200))}`);
  }
  if (b.trace && r.status === 0) {
    try {
      const t = JSON.parse(fs.readFileSync(traceFile, 'utf8'));
      if (!Array.isArray(t.events) || t.events.length === 0) problems.push('trace: the trace file has no events');
    } catch (e) { problems.push(`trace: no readable trace file (${e.message})`); }
    fs.rmSync(traceFile, { force: true });
  }
  return { sec, cpu: b.inProcess ? NaN : r.cpu, problems, stdout: out };
}

function write(out, state, loadBefore, runs, size, env) {
  const rows = summarize(state);
  const m = { ...machine(loadBefore), env };
  const date = new Date().toISOString();
  fs.writeFileSync(out, JSON.stringify({ date, runs, machine: m, distSize: size, benchmarks: rows }, null, 2) + '\n');
  return { rows, m, date };
}

/** dist/ size without monaco: the bundles of this build (issue 7: at most 1.5 MB). */
function sizeReport(dist) {
  const files = distSize(dist);
  const total = Object.values(files).reduce((a, b) => a + b, 0);
  return { files, total, target: 1.5e6, met: total <= 1.5e6 };
}

function main() {
  const a = parseArgs(process.argv.slice(2));
  const dist = a.dist ? path.join(root, 'dist') : privateBuild(root);
  if (!fs.existsSync(path.join(dist, 'cli.js')) || !fs.existsSync(path.join(dist, 'worker.js'))) {
    console.error('bench: dist/cli.js or dist/worker.js is missing: run `npm run build` first');
    process.exit(2);
  }
  // One untimed run first: it writes the V8 code cache of this build (src/bundle/codeCache.ts),
  // which every later start of the same build uses, as an installed CLI's starts do.
  timedRun(['node', path.join(dist, 'cli.js'), 'run', 'bench/py/hello.py'], root);
  const size = sizeReport(dist);
  keepEnvironment(a.keepEnv);
  const tax = startupTax();
  const env = tax === undefined ? { NODE_EXTRA_CA_CERTS: 'not set' }
    : { NODE_EXTRA_CA_CERTS: a.keepEnv ? 'kept' : 'left out of the children', emptyNodeSec: tax };
  const loadBefore = os.loadavg().map(x => +x.toFixed(2));
  const chosen = BENCHMARKS.filter(b => !a.only || a.only.includes(b.name));
  // CPython's output is the reference: one python3 run of each program first.
  const refs = {};
  for (const b of chosen) {
    if (!b.file || refs[b.file] !== undefined) continue;
    const r = timedRun(['python3', b.file], root);
    refs[b.file] = r.status === 0 ? r.stdout : undefined;
  }
  const state = chosen.map(b => ({ name: b.name, samples: {}, cpu: {}, problems: [], wrong: new Set(), correct: !b.file || refs[b.file] !== undefined }));
  for (let round = 0; round < a.n; round++) {
    chosen.forEach((b, k) => {
      for (const [variant, argv] of Object.entries(b.variants)) {
        const s = sample(b, variant, argv, refs[b.file], dist);
        (state[k].samples[variant] ||= []).push(s.sec);
        (state[k].cpu[variant] ||= []).push(s.cpu);
        if (s.problems.length) { state[k].correct = false; state[k].wrong.add(variant); state[k].problems.push(...s.problems.map(p => `run ${round + 1}: ${p}`)); }
        process.stderr.write(`round ${round + 1}/${a.n} ${b.name} ${variant}: ${s.sec.toFixed(3)} s${s.problems.length ? ' (' + s.problems[0] + ')' : ''}\n`);
      }
    });
    // Partial results after each round, so that an interrupted run still leaves its figures.
    if (round < a.n - 1) write(a.out, state, loadBefore, round + 1, size, env);
  }
  const { rows, m, date } = write(a.out, state, loadBefore, a.n, size, env);
  console.log(`\nAsyncio Lab benchmarks, ${date}; ${m.cpus} × ${m.cpuModel}, ${m.node}, ${m.python}; ` +
    `load average ${m.loadavgBefore.join(' ')} before, ${m.loadavgAfter.join(' ')} after; median of ${a.n} whole-process runs, wall seconds\n`);
  console.log(table(rows, 'medians'));
  console.log(`\nThe same runs, median CPU seconds (user + system) of each process:\n`);
  console.log(table(rows, 'cpuMedians'));
  console.log(`\ndist/ without monaco (${a.dist ? 'dist/' : 'this build'}): ${(size.total / 1e6).toFixed(3)} MB ` +
    `(${Object.entries(size.files).map(([f, n]) => `${f} ${(n / 1024).toFixed(0)} KiB`).join(', ')}); target ≤ 1.5 MB: ${size.met ? 'yes' : 'NO'}`);
  if (tax !== undefined) {
    console.log(`\nNODE_EXTRA_CA_CERTS is set here: an empty \`node -e ''\` takes ${tax.withVar.toFixed(3)} s with it, ` +
      `${tax.without.toFixed(3)} s without; ${a.keepEnv ? 'kept (--keep-env)' : 'left out of every child (--keep-env keeps it)'}.`);
  }
  for (const r of rows) for (const p of r.problems.slice(0, 3)) console.log(`\n${r.name}: ${p}`);
  console.log(`\nwrote ${path.relative(process.cwd(), a.out)}`);
  if (!a.dist) fs.rmSync(dist, { recursive: true, force: true });
  removeCache();
  process.exitCode = rows.every(r => r.correct) ? 0 : 1;
}

main();
