// Python tracebacks from JS call sites. A raise records the visible frames (translated code, plus
// runtime functions registered as CPython "virtual frames"); a catch trims them to the catching
// frame; crossing a task boundary (Future.result()) prepends the new frames. Nothing is recorded
// on the non-exception path.
import { PyBaseException } from './exceptions';

export const STDLIB_PREFIX = '/usr/lib/python3.11';

export interface Frame {
  file: string; line: number; name: string;
  col?: number; endLine?: number; endCol?: number;
  /** Source text of `line` (for runtime virtual frames). */
  text?: string;
}

export interface Located { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number; scope: string; prologue?: boolean }
export interface CodeInfo {
  pyFile: string;
  lines: string[];
  lineOffset: number;
  lookup: (jsLine: number, jsCol: number) => Located | undefined;
}
const codes = new Map<string, CodeInfo>();
/** Register translated code run under the JS file name `jsFile` (must start with "py:"). */
export function registerCode(jsFile: string, info: CodeInfo) { codes.set(jsFile, info); }
export function sourceLine(pyFile: string, line: number): string | undefined {
  for (const c of codes.values()) if (c.pyFile === pyFile) return c.lines[line - 1];
  return undefined;
}

/** Runtime functions that stand for CPython library frames, keyed by JS function name. */
const virtualFrames = new Map<string, Frame>();
export function registerVirtualFrame(jsName: string, file: string, line: number, name: string, text: string) {
  virtualFrames.set(jsName, { file: `${STDLIB_PREFIX}/${file}`, line, name, text });
}

let capturing = false;
function callSites(skip: Function): NodeJS.CallSite[] {
  const holder: any = {};
  const prevPrep = Error.prepareStackTrace;
  const prevLimit = Error.stackTraceLimit;
  capturing = true;
  Error.stackTraceLimit = Infinity;
  Error.prepareStackTrace = (_e, cs) => cs;
  try {
    Error.captureStackTrace(holder, skip);
    return holder.stack as NodeJS.CallSite[];
  } finally {
    Error.prepareStackTrace = prevPrep;
    Error.stackTraceLimit = prevLimit;
    capturing = false;
  }
}

/** Visible Python frames on the current JS stack, outermost first. */
export function captureFrames(skip: Function = captureFrames): Frame[] {
  if (capturing) return [];
  const out: Frame[] = [];
  for (const c of callSites(skip)) {
    const file = c.getFileName();
    if (file && file.startsWith('py:')) {
      const info = codes.get(file);
      if (!info) continue;
      const loc = info.lookup(c.getLineNumber()!, c.getColumnNumber()!);
      if (!loc || loc.prologue) continue;
      out.push({ file: info.pyFile, line: loc.lineno, name: loc.scope, col: loc.col_offset, endLine: loc.end_lineno, endCol: loc.end_col_offset });
      continue;
    }
    const fn = c.getFunctionName();
    if (fn) {
      const vf = virtualFrames.get(fn) ?? virtualFrames.get(`${c.getTypeName()}.${fn}`);
      if (vf) out.push(vf);
    }
  }
  return out.reverse();
}

/** Called when an exception is raised (new raise, or `raise e` of an already-raised exception). */
export function recordRaise(e: PyBaseException, skip: Function = recordRaise) {
  const frames = captureFrames(skip);
  const old: Frame[] | undefined = e.$frames;
  e.$frames = old && old.length ? frames.concat(old) : frames;
  e.$trimmed = false;
}

/** An exception crossing from another task or a stored Future into the current stack. */
export function prependFrames(e: PyBaseException, skip: Function = prependFrames) {
  const frames = captureFrames(skip);
  e.$frames = frames.concat(e.$frames ?? []);
}

/** Trim recorded frames to the catching frame. `inclusive`: the catcher is a visible frame
 *  (translated except clause); otherwise it is runtime code (Task.__step) and only frames
 *  strictly inside it are kept. */
export function noteCaught(e: PyBaseException, inclusive: boolean, skip: Function = noteCaught) {
  const fr: Frame[] | undefined = e.$frames;
  if (!fr || !fr.length) return;
  const depth = captureFrames(skip).length;
  const keepFrom = inclusive ? Math.max(0, depth - 1) : depth;
  if (keepFrom > 0 && keepFrom < fr.length) e.$frames = fr.slice(keepFrom);
  else if (keepFrom >= fr.length && !inclusive) e.$frames = [];
}

// ------------------------------------------------------------------ suspended generators
// Where a suspended coroutine is (Task reprs: "running at FILE:LINE"), found lazily: V8's
// inspector reports a suspended generator's [[GeneratorLocation]], which the translated code's
// source map turns into a Python line. Nothing is recorded while the program runs; a lookup costs
// about a millisecond, and only reprs of pending tasks ask.
let session: any;
function inspectorSession(): any {
  if (session === undefined) {
    try { const inspector = require('inspector'); session = new inspector.Session(); session.connect(); } catch { session = null; }
  }
  return session;
}

/** The Python line a suspended JS generator of translated code in `pyFile` is stopped at. */
export function suspendedLine(gen: object, pyFile: string): number | undefined {
  let info: CodeInfo | undefined;
  for (const c of codes.values()) if (c.pyFile === pyFile) info = c;
  const s = info && inspectorSession();
  if (!s) return undefined;
  let where: { lineNumber: number; columnNumber: number } | undefined;
  const g = globalThis as any;
  g.__alabProbe = gen;
  try {
    s.post('Runtime.evaluate', { expression: 'globalThis.__alabProbe' }, (e: any, r: any) => {
      if (e || !r?.result?.objectId) return;
      s.post('Runtime.getProperties', { objectId: r.result.objectId, ownProperties: true }, (e2: any, p: any) => {
        const loc = e2 ? undefined : p?.internalProperties?.find((x: any) => x.name === '[[GeneratorLocation]]');
        where = loc?.value?.value;
        s.post('Runtime.releaseObject', { objectId: r.result.objectId });
      });
    });
  } catch { return undefined; } finally { g.__alabProbe = undefined; }
  if (!where) return undefined;
  return info!.lookup(where.lineNumber + 1, where.columnNumber + 1)?.lineno;
}
