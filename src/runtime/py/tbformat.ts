// Format exceptions exactly like CPython 3.11's traceback module / PyErr_Display.
import { None, typeOf, PyClass } from './object';
import { PyBaseException, E } from './exceptions';
import { str } from './protocols';
import { Frame, CaretAnchor, sourceLine, materialize } from './traceback';

export function excTypeName(C: PyClass): string {
  const mod = C.$module;
  return mod === 'builtins' || mod === '__main__' ? C.$qualname : `${mod}.${C.$qualname}`;
}

/** One frame as StackSummary.format_frame_summary writes it: the File line, the stripped source
 *  line and, when a column range is known, the caret line. */
export function frameLines(f: Frame): string {
  let s = `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
  const raw = f.text ?? sourceLine(f.file, f.line);
  if (raw === undefined) return s;
  const stripped = raw.trim();
  if (!stripped) return s;
  s += `    ${stripped}\n`;
  return s + caretLine(f, raw, stripped);
}

/** The indicator line under a frame's source line (StackSummary.format_frame_summary, 3.11.7). */
function caretLine(f: Frame, raw: string, stripped: string): string {
  if (f.col === undefined || f.endCol === undefined) return '';
  const lead = raw.length - raw.trimStart().length;
  const start = f.col;
  const multiLine = f.endLine !== undefined && f.endLine !== f.line;
  const end = multiLine ? lead + stripped.length : f.endCol;
  if (end <= start) return '';
  const anchors = multiLine || !f.anchor ? undefined : caretAnchors(raw, start, end, f.anchor);
  const pad = '    ' + ' '.repeat(start - lead);
  if (anchors && anchors[1] > anchors[0]) {
    const [l, r] = anchors;
    return pad + '~'.repeat(l) + '^'.repeat(r - l) + '~'.repeat(end - start - r) + '\n';
  }
  if (end - start < stripped.length) return pad + '^'.repeat(end - start) + '\n';
  return '';
}

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\f' || ch === '\n' || ch === '\r' || ch === '\v';

/** Offsets, within the segment raw[start:end], of the `^` part: the operator of a binary
 *  operation or the `[...]` of a subscript (CPython 3.11.7's extract_anchors_from_expr). */
export function caretAnchors(raw: string, start: number, end: number, a: CaretAnchor): [number, number] | undefined {
  const seg = raw.slice(start, end);
  const leftEnd = a.left - start, rightStart = a.right - start;
  if (leftEnd < 0 || rightStart > seg.length) return undefined;
  if (a.kind === 'binop') {
    let found: [number, number] | undefined;
    for (let i = leftEnd; i < rightStart; i++) {
      if (isSpace(seg[i])) continue;
      found = [i, i + 1];
      if (i + 1 < rightStart && !isSpace(seg[i + 1])) found[1]++;
      if (i + 1 < rightStart && seg[i] === ')') continue;
      break;
    }
    return found;
  }
  let l = leftEnd, r = rightStart + 1;
  while (l < seg.length && seg[l] !== '[') l++;
  while (r < seg.length && seg[r] !== ']') r++;
  if (r < seg.length) r++;
  return [l, r];
}

function formatFrames(frames: Frame[]): string {
  let out = '';
  let last = '';
  let repeat = 0;
  for (const f of frames) {
    const key = `${f.file}:${f.line}:${f.name}`;
    if (key === last) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
      last = key; repeat = 1;
    }
    out += frameLines(f);
  }
  if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
  return out;
}

export function excOnly(e: PyBaseException): string {
  const name = excTypeName(typeOf(e));
  let msg: string;
  try { msg = str(e); } catch { msg = '<exception str() failed>'; }
  let s = msg ? `${name}: ${msg}\n` : `${name}\n`;
  const notes = e.__notes__;
  if (notes) for (const n of notes) s += `${n}\n`;
  return s;
}

const CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n';
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** traceback._ExceptionPrintContext */
interface PrintCtx { seen: Set<any>; depth: number; needClose: boolean; out: string }

function indent(ctx: PrintCtx): string { return ' '.repeat(2 * ctx.depth); }
function emit(ctx: PrintCtx, text: string, margin = '|') {
  let prefix = indent(ctx);
  if (ctx.depth) prefix += margin + ' ';
  for (const line of text.split(/(?<=\n)/)) if (line) ctx.out += prefix + line;
}

/** The full text `traceback.print_exception(e)` writes, with cause/context chains. */
export function formatException(e: PyBaseException, seen = new Set<any>()): string {
  const ctx: PrintCtx = { seen, depth: 0, needClose: false, out: '' };
  formatInto(e, ctx);
  return ctx.out;
}

function isGroup(e: any): boolean { return e.$cls.$mro.includes(E.BaseExceptionGroup); }

/** TracebackException.format (CPython 3.11), including the PEP 654 group layout. */
function formatInto(top: PyBaseException, ctx: PrintCtx) {
  const chain: [string | undefined, PyBaseException][] = [];
  let exc: any = top;
  while (exc) {
    ctx.seen.add(exc);
    materialize(exc);
    const cause = exc.__cause__, context = exc.__context__;
    let msg: string | undefined, next: any;
    if (cause && cause !== None && !ctx.seen.has(cause)) { msg = CAUSE; next = cause; }
    else if (context && context !== None && !exc.__suppress_context__ && !ctx.seen.has(context)) { msg = CONTEXT; next = context; }
    chain.push([msg, exc]);
    exc = next;
  }
  for (const [msg, e] of chain.reverse()) {
    if (msg !== undefined) emit(ctx, msg);
    const frames: Frame[] = e.$frames ?? [];
    if (!isGroup(e)) {
      if (frames.length) emit(ctx, 'Traceback (most recent call last):\n' + formatFrames(frames));
      emit(ctx, excOnly(e));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      formatGroup(e, ctx);
    }
  }
}

function formatGroup(e: PyBaseException, ctx: PrintCtx) {
  const isTop = ctx.depth === 0;
  if (isTop) ctx.depth++;
  const frames: Frame[] = e.$frames ?? [];
  if (frames.length) {
    emit(ctx, 'Exception Group Traceback (most recent call last):\n', isTop ? '+' : '|');
    emit(ctx, formatFrames(frames));
  }
  emit(ctx, excOnly(e));
  const subs: any[] = Array.from(e.exceptions ?? []);
  const n = subs.length <= MAX_GROUP_WIDTH ? subs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? '...' : `${i + 1}`;
    ctx.out += indent(ctx) + (i === 0 ? '+-' : '  ') + `+---------------- ${title} ----------------\n`;
    ctx.depth++;
    if (!truncated) formatInto(subs[i], ctx);
    else {
      const remaining = subs.length - MAX_GROUP_WIDTH;
      emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out += indent(ctx) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (isTop) ctx.depth = 0;
}
