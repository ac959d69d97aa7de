// asyncio-lab run FILE.py|FILE.ipynb [--clock virtual|real] [--trace OUT.json] [--taskview OUT.html] [--emit-ts]
//             [--timeout S] [--max-memory MB] [--no-sandbox]
// asyncio-lab check FILE.py|NB.ipynb
import * as fs from 'fs';
import * as path from 'path';
import { loadBundle } from './bundle/codeCache';

const USAGE = `usage: asyncio-lab run FILE.py|FILE.ipynb [--clock virtual|real] [--trace OUT.json] [--taskview OUT.html] [--emit-ts]
                        [--timeout SECONDS] [--max-memory MB] [--no-sandbox]
       asyncio-lab check FILE.py|NB.ipynb`;

// The translator and the runtime are loaded only on the paths that use them in this process
// (--no-sandbox, --emit-ts, check), from the shared core bundle next to this file (dist/core.js,
// compiled through a V8 code cache), so that the default sandboxed run does not parse them on
// the main thread before it can start the worker, which loads them itself. Run from source
// (src/cli.ts), the same functions come from the TypeScript modules.
let core: any;
function loadCore(): any {
  if (core) return core;
  const bundle = path.join(__dirname, 'core.js');
  if (__filename.endsWith('.js')) {
    if (!fs.existsSync(bundle)) throw new Error(`core.js is missing next to ${path.basename(__filename)} (esbuild.js bundles src/bundle/core.ts there): run \`npm run build\``);
    return (core = loadBundle(bundle, c => c.warmUp()));
  }
  // A computed path, so that esbuild does not pull the whole core into cli.js.
  return (core = require(path.join(__dirname, 'bundle', 'core')));
}

interface Args { cmd: string; file: string; clock: 'virtual' | 'real'; trace?: string; taskview?: string; emitTs: boolean; timeout?: number; maxMemory?: number; sandbox: boolean }

function parseArgs(argv: string[]): Args | string {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help') return USAGE;
  const a: Args = { cmd, file: '', clock: 'virtual', emitTs: false, sandbox: true };
  for (let i = 0; i < rest.length; i++) {
    const x = rest[i];
    const val = () => { const v = rest[++i]; if (v === undefined) throw new Error(`${x} needs a value`); return v; };
    if (x === '--clock') { const v = val(); if (v !== 'virtual' && v !== 'real') return `--clock must be virtual or real`; a.clock = v; }
    else if (x === '--trace') a.trace = val();
    else if (x === '--taskview') a.taskview = val();
    else if (x === '--emit-ts') a.emitTs = true;
    else if (x === '--timeout') a.timeout = Number(val());
    else if (x === '--max-memory') a.maxMemory = Number(val());
    else if (x === '--no-sandbox') a.sandbox = false;
    else if (x.startsWith('-')) return `unknown option ${x}\n${USAGE}`;
    else if (!a.file) a.file = x;
    else return `unexpected argument ${x}\n${USAGE}`;
  }
  if (!a.file) return USAGE;
  return a;
}

// `asyncio-lab run x.py | head`: a closed pipe ends the run quietly, as Python's does. Installed at
// the first write, not at start-up: making process.stdout/stderr costs a few ms, which the default
// run spends after the sandbox worker has started (it then runs on its own thread meanwhile).
let guarded = false;
function write(s: NodeJS.WriteStream, text: string, written?: () => void): void {
  if (!guarded) {
    guarded = true;
    for (const x of [process.stdout, process.stderr]) x.on('error', (e: any) => { if (e?.code === 'EPIPE') process.exit(0); throw e; });
  }
  s.write(text, written);
}

async function main(argv: string[]): Promise<number> {
  let a: Args | string;
  try { a = parseArgs(argv); } catch (e: any) { write(process.stderr, `asyncio-lab: ${e.message}\n`); return 2; }
  if (typeof a === 'string') { write(process.stderr, a + '\n'); return 2; }
  let source: string;
  try { source = fs.readFileSync(a.file, 'utf8'); } catch {
    write(process.stderr, `asyncio-lab: can't open file '${path.resolve(a.file)}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const out = (s: string) => { write(process.stdout, s); };
  const err = (s: string) => { write(process.stderr, s); };
  if (a.cmd === 'check') {
    return loadCore().checkCommand(a.file, source, out, err);
  }
  if (a.cmd !== 'run') { write(process.stderr, USAGE + '\n'); return 2; }
  if (a.emitTs) {
    const { translate } = loadCore();
    const t = translate(source, a.file, { mode: a.file.endsWith('.ipynb') ? 'cell' : 'module' });
    if (!t.ok) { for (const d of t.diagnostics) err(`${a.file}:${d.line}:${d.col}: ${d.message}\n`); return 1; }
    out(t.code + '\n');
    return 0;
  }
  if (!a.sandbox) {
    const { runProgram } = loadCore();
    return runProgram(source, a.file, { stdout: out, stderr: err, clock: a.clock });
  }
  const { runFileSandboxed } = require('./sandbox/runFile');
  const r = await runFileSandboxed(a.file, source, {
    clock: a.clock, timeoutSec: a.timeout, maxMemoryMb: a.maxMemory, trace: !!(a.trace || a.taskview), stdout: out, stderr: err,
    // Translated on this thread while the worker loads the runtime (both ~30-40 ms cold).
    translate: (src: string, f: string) => loadCore().translateForRun(src, f),
  });
  // The same text as JSON.stringify({ version: 1, file, events }), without decoding the events.
  if (a.trace) fs.writeFileSync(a.trace, `{"version":1,"file":${JSON.stringify(a.file)},"events":${r.traceJson ?? '[]'}}`);
  if (a.taskview) loadCore().writeTaskViewPage(a.taskview, __dirname, a.file, source, r.traceJson ?? '[]');
  return r.status;
}

main(process.argv.slice(2)).then(code => {
  process.exitCode = code;
  // Exit once our output is written, without waiting for the sandbox worker's thread and heap to
  // be torn down (a few ms at the end of every run). Its output has all arrived by now.
  let pending = 2;
  const done = () => { if (--pending === 0) process.exit(code); };
  write(process.stdout, '', done);
  write(process.stderr, '', done);
}, e => { write(process.stderr, `asyncio-lab: internal error: ${e?.stack ?? e}\n`); process.exitCode = 70; });
