// One interpreter session: a module namespace that persists across runs (notebook cells) and
// the code that translates, loads and runs a piece of Python in it. Synchronous: the event loop
// is driven to completion (virtual clock) or blocks on real time.
import { translate, lookup } from '../translator/translate';
import type { SourceMap } from '../translator/sourcemap';
import { parse } from '../translator/parser';
import { hasTopLevelAwait } from '../translator/topLevelAwait';
import { formatSyntaxErrors } from '../translator/report';
import { compile, newGlobals, api } from './program';
import { setSinks } from './py/io';
import { setCurrentFile } from './py/call';
import { setSysArgv } from './lib/sys';
import { resetModules } from './py/modules';
import { toPyException, E } from './py/exceptions';
import { formatException, excTypeName } from './py/tbformat';
import { str } from './py/protocols';
import { startProgram, finishProgram } from './lifecycle';
import { setDefaultTrace, TraceEvent } from './trace';
import { exitStatus } from './program';
import { runCellCode, sessionLoopTime, resetCellLoop, collectTrace } from './cells';
import type { PyError } from '../sandbox/protocol';

export interface RunCodeOptions {
  mode: 'module' | 'cell';
  cellIndex?: number;
  clock?: 'virtual' | 'real';
  trace?: boolean;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  display?: (repr: string) => void;
  /** `translate()`'s result for this source in this mode, made elsewhere (the CLI's main thread,
   *  sandbox/translateForRun.ts, which must translate with the options used below). */
  translated?: { code: string; map: SourceMap };
}
export interface RunCodeResult { status: number; error?: PyError; loopTime: number; trace?: unknown[] }

let G: any;

export function resetSession() {
  G = undefined;
  resetModules();
  resetCellLoop();
}

function errorOf(x: any): PyError {
  const e = toPyException(x);
  return { ename: excTypeName(e.$cls), evalue: safeStr(e), traceback: formatException(e) };
}
function safeStr(e: any) { try { return str(e); } catch { return ''; } }

export function runCode(source: string, filename: string, o: RunCodeOptions): RunCodeResult {
  setSinks(o.stdout, o.stderr);
  const fresh = o.mode === 'module' || G === undefined;
  if (o.mode === 'module') resetSession();
  let t = o.translated;
  if (!t) {
    const r = translate(source, filename, { mode: o.mode, cellIndex: o.cellIndex, allowTopLevelAwait: o.mode === 'cell' });
    if (!r.ok) {
      const text = formatSyntaxErrors(r, source, filename);
      o.stderr(text);
      return { status: 1, loopTime: sessionLoopTime(), error: { ename: 'SyntaxError', evalue: r.diagnostics[0]?.message ?? 'invalid syntax', traceback: text } };
    }
    t = r;
  }
  const map = { ...t.map, lineOffset: 1 };
  const { fn } = compile(t.code, filename, source, (l, c) => lookup(map, l, c));
  if (fresh) {
    G = newGlobals('__main__', o.mode === 'module' ? filename : undefined);
    if (o.mode === 'module') setSysArgv([filename]);
    startProgram({ clock: o.clock ?? 'virtual' });
  }
  setCurrentFile(filename);
  let status = 0;
  let error: PyError | undefined;
  // Module runs trace every loop they create (asyncio.run makes its own); cells use the session loop.
  const moduleTrace: TraceEvent[] | undefined = o.mode === 'module' && o.trace ? [] : undefined;
  if (moduleTrace) setDefaultTrace(moduleTrace);
  try {
    if (o.mode === 'module') fn(api, G);
    else runCellCode(() => fn(api, G), { ...o, file: filename, topLevelAwait: hasTopLevelAwait(parse(source, filename, { allowTopLevelAwait: true }).module) });
  } catch (x) {
    const e = toPyException(x);
    if (e.$cls === E.SystemExit || e.$cls.$mro.includes(E.SystemExit)) {
      status = exitStatus(e);
    } else {
      status = 1;
      error = errorOf(e);
      o.stderr(error.traceback);
    }
  }
  if (o.mode === 'module') status = finishProgram(status);
  if (moduleTrace) setDefaultTrace(undefined);
  return { status, error, loopTime: sessionLoopTime(), trace: moduleTrace ?? (o.trace ? collectTrace() : undefined) };
}
