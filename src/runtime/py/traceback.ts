// Python tracebacks from JS call sites. A raise records the visible frames (translated code, plus
// runtime functions registered as CPython "virtual frames"); a catch trims them to the catching
// frame; crossing a task boundary (Future.result()) prepends the new frames. Nothing is recorded
// on the non-exception path.
import type { PyBaseException } from './exceptions';

export const STDLIB_PREFIX = '/usr/lib/python3.11';

/** Raw AST columns for CPython 3.11's `~~^~~` carets (see translator/sourcemap.ts CaretAnchor). */
export interface CaretAnchor { kind: 'binop' | 'subscript'; left: number; right: number }

export interface Frame {
  file: string; line: number; name: string;
  col?: number; endLine?: number; endCol?: number;
  anchor?: CaretAnchor;
  /** A method call's frame: where its callee `o.m` ends (line, column). */
  calleeEnd?: [number, number];
  /** Source text of `line` (for runtime virtual frames). */
  text?: string;
}

export interface Located {
  lineno: number; col_offset: number; end_lineno: number; end_col_offset: number; scope: string;
  prologue?: boolean; anchor?: CaretAnchor; calleeEnd?: [number, number];
}
export interface CodeInfo {
  pyFile: string;
  lines: string[];
  lineOffset: number;
  lookup: (jsLine: number, jsCol: number) => Located | undefined;
}
const codes = new Map<string, CodeInfo>();
/** Register translated code run under the JS file name `jsFile` (must start with "py:"). */
export function registerCode(jsFile: string, info: CodeInfo) { codes.set(jsFile, info); }
/** A line of a Python file as last run (a re-run notebook cell or program replaces its source). */
export function sourceLine(pyFile: string, line: number): string | undefined {
  let found: CodeInfo | undefined;
  for (const c of codes.values()) if (c.pyFile === pyFile) found = c;
  return found?.lines[line - 1];
}

/** Runtime functions that stand for CPython library frames, keyed by JS function name. */
const virtualFrames = new Map<string, Frame>();
export function registerVirtualFrame(jsName: string, file: string, line: number, name: string, text: string, segment?: [number, number]) {
  const f: Frame = { file: `${STDLIB_PREFIX}/${file}`, line, name, text };
  const seg = segment ?? virtualSegment(text);
  if (seg) { f.col = seg[0]; f.endCol = seg[1]; f.endLine = line; }
  virtualFrames.set(jsName, f);
}

/** The columns of the instruction CPython reports for a library line (its carets), from the
 *  shapes those lines have: `return X` and `v = X` report X (an `await ...`, a call); `raise`
 *  reports the whole statement; an expression statement reports itself, without a trailing
 *  comment. Undefined means the whole line (no carets). */
export function virtualSegment(text: string): [number, number] | undefined {
  const lead = text.length - text.trimStart().length;
  let code = text.trimEnd();
  const hash = code.indexOf('  #') >= 0 ? code.indexOf('  #') : code.indexOf(' #');
  if (hash >= 0) code = code.slice(0, hash).trimEnd();
  const body = code.slice(lead);
  if (/^raise\b/.test(body)) return undefined;
  const m = /^(return\s+|[A-Za-z_][\w.]*\s*=\s*)/.exec(body);
  let start = lead + (m ? m[0].length : 0);
  let end = code.length;
  if (code[start] === '(' && code[end - 1] === ')' && /^\((yield|await)\b/.test(code.slice(start))) { start++; end--; }
  if (start === lead && end === text.trimEnd().length) return undefined;
  return [start, end];
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

/** Visible Python frames among JS call sites (innermost first), outermost first. */
function framesOf(sites: NodeJS.CallSite[]): Frame[] {
  const out: Frame[] = [];
  for (const c of sites) {
    const file = c.getFileName();
    if (file && file.startsWith('py:')) {
      const info = codes.get(file);
      if (!info) continue;
      const loc = info.lookup(c.getLineNumber()!, c.getColumnNumber()!);
      if (!loc || loc.prologue) continue;
      // The line's text from this frame's own code: an older version of a re-run cell that is
      // still running shows its own source.
      const f: Frame = { file: info.pyFile, line: loc.lineno, name: loc.scope, text: info.lines[loc.lineno - 1], col: loc.col_offset, endLine: loc.end_lineno, endCol: loc.end_col_offset };
      if (loc.anchor) f.anchor = loc.anchor;
      if (loc.calleeEnd) f.calleeEnd = loc.calleeEnd;
      out.push(f);
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

/** Visible Python frames on the current JS stack, outermost first. */
export function captureFrames(skip: Function = captureFrames): Frame[] {
  if (capturing) return [];
  return framesOf(callSites(skip));
}

// ------------------------------------------------------------------ runtime-created exceptions
// Most exceptions the runtime raises (`throw pyErr(...)`: IndexError, TypeError...) are made far
// from any Python-visible raise. pyErr keeps V8's raw stack of the creation point (formatting it
// is lazy) and the exception being handled then; a catcher or printer turns them into frames and
// the implicit __context__ (materialize). An exception the runtime made but did not throw
// (CancelledError for a Future, say) has its raw stack dropped when it is raised for real.
interface RawStack { stack?: unknown; handled: PyBaseException | undefined; ctxDone?: boolean }
let handledNow: () => PyBaseException | undefined = () => undefined;
/** raise.ts tells us which exception is being handled (sys.exc_info()). */
export function setHandledSource(f: () => PyBaseException | undefined) { handledNow = f; }

/** pyErr: keep the raw JS stack (frames above `skip`) and the exception being handled. */
export function noteCreated(e: PyBaseException, skip: Function) {
  if (capturing) return;
  const raw: RawStack = { handled: handledNow() };
  const prevLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = Infinity;
  try { Error.captureStackTrace(raw, skip); } finally { Error.stackTraceLimit = prevLimit; }
  e.$raw = raw;
}

/** `None` without importing the object model (this file loads before it). */
const isNone = (x: any) => x !== null && typeof x === 'object' && x.$cls?.$name === 'NoneType';

/** The call sites a raw capture holds (formatting them is the costly part). */
function sitesOf(holder: { stack?: unknown }): NodeJS.CallSite[] {
  const prevPrep = Error.prepareStackTrace;
  capturing = true;
  Error.prepareStackTrace = (_e, cs) => cs;
  let sites: unknown;
  try { sites = holder.stack; } finally { Error.prepareStackTrace = prevPrep; capturing = false; }
  return Array.isArray(sites) ? sites : [];
}

/** Frames and __context__ of a runtime-created exception that was thrown and is now caught; if it
 *  was caught lazily (noteCaughtLazily), its frames are trimmed to that catch now. */
export function materialize(e: PyBaseException) {
  const raw: RawStack | undefined = e.$raw;
  if (raw === undefined) return;
  e.$raw = undefined;
  const atCatch: { stack?: unknown } | undefined = e.$catch;
  e.$catch = undefined;
  if (e.$frames === undefined) {
    e.$frames = framesOf(sitesOf(raw));
    e.$trimmed = false;
  }
  if (!raw.ctxDone) setContext(e, raw.handled);
  if (atCatch !== undefined) trimToCatch(e, framesOf(sitesOf(atCatch)).length, true);
}

/** A translated `except` catching an exception the runtime created and nobody has looked at yet
 *  (the common `try: d[k] except KeyError:`): its __context__ is set now, but its frames are
 *  made only if someone looks at them (materialize, through the `$frames` accessor). Turning two
 *  V8 stacks into frames was most of the cost of a caught exception. */
export function noteCaughtLazily(e: PyBaseException, skip: Function): boolean {
  const raw: RawStack | undefined = e.$raw;
  if (raw === undefined || e.$catch !== undefined || capturing) return false;
  setContext(e, raw.handled);
  raw.ctxDone = true;
  const atCatch: { stack?: unknown } = {};
  const prevLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = Infinity;
  try { Error.captureStackTrace(atCatch, skip); } finally { Error.stackTraceLimit = prevLimit; }
  e.$catch = atCatch;
  return true;
}

/** noteCaught's trim, given the number of visible frames at the catch point. */
function trimToCatch(e: PyBaseException, depth: number, inclusive: boolean) {
  const fr: Frame[] | undefined = e.$frames;
  if (!fr || !fr.length) return;
  const keepFrom = inclusive ? Math.max(0, depth - 1) : depth;
  if (keepFrom > 0 && keepFrom < fr.length) e.$frames = fr.slice(keepFrom);
  else if (keepFrom >= fr.length && !inclusive) e.$frames = [];
}

/** The exception being handled becomes the __context__ of one the runtime raises now. */
export function implicitContext(e: PyBaseException) { setContext(e, handledNow()); }
function setContext(e: PyBaseException, ctx: PyBaseException | undefined) {
  if (ctx !== undefined && ctx !== e && isNone(e.__context__)) e.__context__ = ctx;
}

/** A method lookup failed in `o.m(...)` (callMethod): if the innermost recorded frame is the one
 *  making the call, CPython reports the attribute `o.m`, not the whole call. */
export function noteFailedMethodLookup(e: PyBaseException, skip: Function = noteFailedMethodLookup) {
  materialize(e);
  const fr: Frame[] | undefined = e.$frames;
  if (!fr || !fr.length || captureFrames(skip).length !== fr.length) return;
  const f = fr[fr.length - 1];
  if (!f.calleeEnd) return;
  fr[fr.length - 1] = { ...f, endLine: f.calleeEnd[0], endCol: f.calleeEnd[1], anchor: undefined, calleeEnd: undefined };
}

/** Called when an exception is raised (new raise, or `raise e` of an already-raised exception). */
export function recordRaise(e: PyBaseException, skip: Function = recordRaise) {
  if (e.$catch !== undefined) materialize(e);
  e.$raw = undefined;
  const frames = captureFrames(skip);
  const old: Frame[] | undefined = e.$frames;
  e.$frames = old && old.length ? frames.concat(old) : frames;
  e.$trimmed = false;
}

/** `raise ...` on line `line` of function `name` in a CPython library file that runtime code
 *  mirrors (`throw libRaise(pyErr(QueueEmpty), 'asyncio/queues.py', 181, 'get_nowait',
 *  'raise QueueEmpty')`): the Python callers' frames, then that library frame, as CPython shows. */
export function libRaise(e: PyBaseException, file: string, line: number, name: string, text: string): PyBaseException {
  recordRaise(e, libRaise);
  e.$frames.push({ file: `${STDLIB_PREFIX}/${file}`, line, name, text });
  implicitContext(e);
  return e;
}

/** An exception crossing from another task or a stored Future into the current stack. */
export function prependFrames(e: PyBaseException, skip: Function = prependFrames) {
  if (e.$catch !== undefined) materialize(e);
  e.$raw = undefined;
  const frames = captureFrames(skip);
  e.$frames = frames.concat(e.$frames ?? []);
}

/** Trim recorded frames to the catching frame. `inclusive`: the catcher is a visible frame
 *  (translated except clause); otherwise it is runtime code (Task.__step) and only frames
 *  strictly inside it are kept. */
export function noteCaught(e: PyBaseException, inclusive: boolean, skip: Function = noteCaught) {
  materialize(e);
  const fr: Frame[] | undefined = e.$frames;
  if (!fr || !fr.length) return;
  trimToCatch(e, captureFrames(skip).length, inclusive);
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
