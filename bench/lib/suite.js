// The benchmark list. Each benchmark runs the same program on several engines; `variants`
// name the engines, each a command line (argv) run from the repository root.
'use strict';
const py = f => `bench/py/${f}.py`;
const js = f => `bench/js/${f}.js`;
const ORACLE = 'test/oracle/oracle.py';

/** Asyncio Lab through the CLI (sandbox worker, and --no-sandbox), CPython, hand-written JS. */
function standard(name, file, { clock = 'virtual', jsArgs = [], pyCmd } = {}) {
  const clockArgs = ['--clock', clock];
  return {
    name, file: py(file), clock,
    variants: {
      python3: pyCmd || ['python3', py(file)],
      lab: ['node', '<DIST>/cli.js', 'run', py(file), ...clockArgs],
      'lab-nosb': ['node', '<DIST>/cli.js', 'run', py(file), ...clockArgs, '--no-sandbox'],
      js: ['node', js(file), ...jsArgs],
    },
  };
}

const BENCHMARKS = [
  standard('spawn', 'spawn'),
  standard('pingpong', 'pingpong'),
  standard('futures', 'futures'),
  // On the virtual clock CPython runs under the oracle (its virtual-clock loop), so that
  // neither side really sleeps; the real-clock run is plain python3.
  standard('timers-virtual', 'timers', { jsArgs: ['virtual'], pyCmd: ['python3', ORACLE, py('timers')] }),
  standard('timers-real', 'timers', { clock: 'real', jsArgs: ['real'] }),
  standard('cpu', 'cpu'),
  standard('lock', 'lock'),
  standard('hello-cold', 'hello'),
  {
    // One cell through a kept-alive SandboxSession; the figure is the in-process time of
    // session.run after a warm-up run (one process per sample).
    name: 'hello-warm', file: py('hello'), inProcess: true,
    variants: { lab: ['node', 'bench/lib/warm.js', '<DIST>/worker.js'] },
  },
  {
    // Extension activation outside VS Code (a stand-in vscode module): require + activate(),
    // in-process time of a fresh process; must not load core.js (translator + runtime).
    name: 'activation', inProcess: true, noRuntime: true,
    variants: { lab: ['node', 'bench/lib/activation.js', '<DIST>'] },
  },
  {
    // spawn with trace recording on; compared with the plain sandboxed spawn.
    name: 'trace', file: py('spawn'), trace: true,
    variants: { lab: ['node', '<DIST>/cli.js', 'run', py('spawn'), '--trace', '<TRACE>'] },
    baseline: 'spawn',
  },
];

/** Targets from issue 7, as [benchmark, description, check(results)] where results[name] = medians. */
const ASYNCIO = ['spawn', 'pingpong', 'futures', 'timers-virtual', 'timers-real', 'lock'];

module.exports = { BENCHMARKS, ASYNCIO };
