#!/usr/bin/env node
// Regenerates the expected outputs of the golden programs from CPython.
//
//   node scripts/regen-golden.js [--lifo] [--shake] [--jobs N] [name-substring ...]
//
// For every test/fixtures/programs/**/*.py (except simio/, whose expectations are hand-written)
// it runs `python3 test/oracle/oracle.py <relative path>` from the repository root (20 s timeout)
// (programs under processes/ run through test/oracle/plain.py instead: the oracle does not model
// process pools, so those run on CPython's real clock and must not print times) and writes next
// to the program:
//   <name>.out   stdout, byte for byte
//   <name>.err   stderr, with the CPython stdlib directory replaced by the literal `<stdlib>`
//   <name>.code  the exit status, followed by a newline
//
// Every program is run twice and must print exactly the same thing both times; a program that
// does not is reported and its files are not written (the script then exits with status 1).
// Analysis options, never used for the expected outputs themselves:
//   --lifo   also run with ORACLE_TIEBREAK=lifo and list the programs whose output depends on the
//            FIFO order of equal-deadline timers (information only)
//   --shake  also run with ORACLE_SHAKE=<n> (perturbed heap addresses); a program whose output
//            changes depends on id()-based ordering and is reported as nondeterministic
// Name substrings restrict the run to matching programs (outputs of the others are kept).
'use strict';
const { execFile, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const PROGRAMS = path.join(ROOT, 'test', 'fixtures', 'programs');
const ORACLE = path.join('test', 'oracle', 'oracle.py');
const PLAIN = path.join('test', 'oracle', 'plain.py');
const REAL_CLOCK_DIRS = ['processes/'];
const HAND_WRITTEN = new Set(['simio']);
const TIMEOUT_MS = 20_000;
// The interpreter's real path: pyenv-style shims add a shell start-up to every one of the runs.
const PYTHON = (() => {
  const py = process.env.PYTHON || 'python3';
  try {
    return execFileSync(py, ['-c', 'import sys;print(sys.executable)'], { encoding: 'utf8' }).trim() || py;
  } catch {
    return py;
  }
})();

function parseArgs(argv) {
  const opts = { lifo: false, shake: false, jobs: Math.max(4, 2 * os.cpus().length), filters: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lifo') opts.lifo = true;
    else if (a === '--shake') opts.shake = true;
    else if (a === '--jobs') opts.jobs = Math.max(1, parseInt(argv[++i], 10) || 1);
    else if (a === '-h' || a === '--help') {
      console.log(fs.readFileSync(__filename, 'utf8').split('\n').slice(1, 21).join('\n'));
      process.exit(0);
    } else opts.filters.push(a);
  }
  return opts;
}

/** Relative paths (posix separators) of the oracle-generated programs, sorted. */
function listPrograms() {
  const out = [];
  const walk = (dir, rel) => {
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) {
        if (!rel && HAND_WRITTEN.has(ent.name)) continue;
        walk(path.join(dir, ent.name), r);
      } else if (ent.name.endsWith('.py')) out.push(r);
    }
  };
  walk(PROGRAMS, '');
  return out.sort();
}

function stdlibDir() {
  return execFileSync(PYTHON, ['-c', 'import asyncio,os;print(os.path.dirname(os.path.dirname(asyncio.__file__)))'],
    { encoding: 'utf8' }).trim();
}

function runOracle(rel, extraEnv) {
  return new Promise((resolve) => {
    const file = `test/fixtures/programs/${rel}`;
    const runner = REAL_CLOCK_DIRS.some((d) => rel.startsWith(d)) ? PLAIN : ORACLE;
    execFile(PYTHON, [runner, file], {
      cwd: ROOT, timeout: TIMEOUT_MS, killSignal: 'SIGKILL', encoding: 'buffer', maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...extraEnv },
    }, (err, stdout, stderr) => {
      let code = 0;
      let timedOut = false;
      if (err) {
        if (typeof err.code === 'number') code = err.code;
        else if (err.killed || err.signal) timedOut = true;
        else code = -1;
      }
      resolve({ stdout: Buffer.from(stdout), stderr: Buffer.from(stderr), code, timedOut });
    });
  });
}

function normalizeStderr(buf, prefix) {
  return Buffer.from(buf.toString('utf8').split(prefix).join('<stdlib>'), 'utf8');
}

function same(a, b) {
  return a.code === b.code && a.timedOut === b.timedOut && a.stdout.equals(b.stdout) && a.stderr.equals(b.stderr);
}

function firstDifference(a, b) {
  for (const stream of ['stdout', 'stderr']) {
    if (a[stream].equals(b[stream])) continue;
    const la = a[stream].toString('utf8').split('\n');
    const lb = b[stream].toString('utf8').split('\n');
    for (let i = 0; i < Math.max(la.length, lb.length); i++) {
      if (la[i] !== lb[i]) return `${stream} line ${i + 1}: ${JSON.stringify(la[i])} vs ${JSON.stringify(lb[i])}`;
    }
  }
  return `exit status ${a.code} vs ${b.code}`;
}

/** Things that make an expectation depend on the machine or on the oracle's own internals. */
function suspicious(rel, res, prefix) {
  const notes = [];
  const out = res.stdout.toString('utf8');
  const err = res.stderr.toString('utf8');
  if (/ at 0x[0-9a-f]+/i.test(out + err)) notes.push('prints something that looks like a memory address');
  if (out.includes(prefix)) notes.push('stdout contains the CPython stdlib path (only stderr is normalized)');
  if ((out + err).includes(ROOT)) notes.push(`output contains the absolute repository path ${ROOT}`);
  if (/oracle\.py|Stable|Virtual(Selector|EventLoop)|_PoolModel/.test(out + err)) {
    notes.push('output mentions the oracle\'s internals');
  }
  return notes.map((n) => `${rel}: ${n}`);
}

async function pool(items, jobs, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}

function removeStaleOutputs(programs) {
  const keep = new Set(programs.map((p) => p.replace(/\.py$/, '')));
  const removed = [];
  const walk = (dir, rel) => {
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) {
        if (!rel && HAND_WRITTEN.has(ent.name)) continue;
        walk(path.join(dir, ent.name), r);
      } else {
        const m = /^(.*)\.(out|err|code)$/.exec(r);
        if (m && !keep.has(m[1])) {
          fs.unlinkSync(path.join(dir, ent.name));
          removed.push(r);
        }
      }
    }
  };
  walk(PROGRAMS, '');
  return removed;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const prefix = stdlibDir();
  const all = listPrograms();
  const programs = opts.filters.length ? all.filter((p) => opts.filters.some((f) => p.includes(f))) : all;
  console.log(`regen-golden: ${programs.length} program(s), stdlib ${prefix} -> <stdlib>, ${opts.jobs} job(s)`);
  if (!opts.filters.length) {
    for (const r of removeStaleOutputs(all)) console.log(`  removed stale ${r}`);
  }

  const problems = [];
  const warnings = [];
  const tiebreak = [];
  let written = 0;
  await pool(programs, opts.jobs, async (rel) => {
    const first = await runOracle(rel, {});
    const second = await runOracle(rel, {});
    if (first.timedOut || second.timedOut) {
      problems.push(`${rel}: timed out after ${TIMEOUT_MS / 1000} s`);
      return;
    }
    if (!same(first, second)) {
      problems.push(`${rel}: NONDETERMINISTIC between two runs (${firstDifference(first, second)})`);
      return;
    }
    if (opts.shake) {
      for (const seed of [1, 2]) {
        const shaken = await runOracle(rel, { ORACLE_SHAKE: String(seed) });
        if (!same(first, shaken)) {
          problems.push(`${rel}: depends on heap addresses (ORACLE_SHAKE=${seed}: ${firstDifference(first, shaken)})`);
          return;
        }
      }
    }
    if (opts.lifo) {
      const lifo = await runOracle(rel, { ORACLE_TIEBREAK: 'lifo' });
      if (!same(first, lifo)) tiebreak.push(`${rel} (${firstDifference(first, lifo)})`);
    }
    const base = path.join(PROGRAMS, rel.replace(/\.py$/, ''));
    fs.writeFileSync(`${base}.out`, first.stdout);
    fs.writeFileSync(`${base}.err`, normalizeStderr(first.stderr, prefix));
    fs.writeFileSync(`${base}.code`, `${first.code}\n`);
    warnings.push(...suspicious(rel, first, prefix));
    written++;
  });

  console.log(`regen-golden: wrote expectations for ${written}/${programs.length} program(s)`);
  if (opts.lifo) {
    console.log(`regen-golden: ${tiebreak.length} program(s) depend on the FIFO tie-break of equal deadlines (info):`);
    for (const t of tiebreak.sort()) console.log(`  ${t}`);
  }
  for (const w of warnings.sort()) console.log(`  WARNING ${w}`);
  for (const p of problems.sort()) console.log(`  ERROR ${p}`);
  if (problems.length) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
