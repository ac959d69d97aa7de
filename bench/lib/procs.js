// Timed whole-process runs and small statistics. When /usr/bin/time exists, a run also reports
// the child's CPU time (user + system), which a busy machine inflates far less than wall time.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpuFile = path.join(os.tmpdir(), `asyncio-lab-bench-cpu-${process.pid}.txt`);

/** The children's environment. NODE_EXTRA_CA_CERTS (set on machines behind a TLS proxy) makes
 *  every Node process parse the whole CA bundle before V8 starts: ~60 ms here, for engines that
 *  never open a TLS connection. It is left out, for every Node child alike, unless `--keep-env`
 *  (scripts/bench.js) keeps it; `startupTax()` measures what it costs. */
const childEnv = { ...process.env };
delete childEnv.NODE_EXTRA_CA_CERTS;
// The V8 code cache of the benchmarked build (src/bundle/codeCache.ts) lives in a cache directory
// of this run alone: the user cache keeps only the newest few builds, and a concurrent build could
// evict this one mid-run, turning "cold with a cache" samples into compiles.
const cacheHome = path.join(os.tmpdir(), `asyncio-lab-bench-cache-${process.pid}`);
childEnv.XDG_CACHE_HOME = cacheHome;
const keptEnv = { ...process.env, XDG_CACHE_HOME: cacheHome };
function removeCache() { fs.rmSync(cacheHome, { recursive: true, force: true }); }
let keepEnv = false;
function keepEnvironment(keep) { keepEnv = keep; }

/** Runs argv once from `cwd`; returns wall and CPU seconds, exit status, stdout and stderr. */
function timedRun(argv, cwd, timeoutMs = 300_000, env = keepEnv ? keptEnv : childEnv) {
  const cmd = TIME ? [TIME, '-q', '-f', '%U %S', '-o', cpuFile, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
  const sec = Number(process.hrtime.bigint() - t0) / 1e9;
  let cpu = NaN;
  if (TIME) {
    try {
      const [u, s] = fs.readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      cpu = u + s;
    } catch { /* no figure */ }
    fs.rmSync(cpuFile, { force: true });
  }
  return { sec, cpu, status: r.status, stdout: r.stdout || '', stderr: r.stderr || '', error: r.error && String(r.error) };
}

function median(xs) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall seconds of an empty Node process with and without NODE_EXTRA_CA_CERTS (when it
 *  is set), so that the report can say what leaving it out changes. */
function startupTax(n = 5) {
  if (!process.env.NODE_EXTRA_CA_CERTS) return undefined;
  const walls = env => median(Array.from({ length: n }, () => timedRun(['node', '-e', ''], os.tmpdir(), 60_000, env).sec));
  return { withVar: walls(process.env), without: walls(childEnv) };
}

module.exports = { timedRun, median, keepEnvironment, startupTax, removeCache };
