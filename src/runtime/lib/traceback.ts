// `traceback`: print/format exceptions with the kernel's CPython-exact formatter (tbformat.ts).
import { PyObject, nativeClass, None, tuple, isClass } from '../py/object';
import { E, pyErr, PyBaseException, isPyException } from '../py/exceptions';
import { pyfunc, call } from '../py/call';
import { callMethod } from '../py/attrs';

import { registerModule } from '../py/modules';
import { formatException, excOnly, frameLines } from '../py/tbformat';
import { captureFrames, sourceLine, Frame, materialize } from '../py/traceback';
import { currentException } from '../py/raise';
import { currentStderr } from './sys';

/** Split traceback text into format_exception()'s chunks (one per line, a frame with its source). */
function chunks(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  for (const l of lines) {
    if (l.startsWith('    ') && out.length && out[out.length - 1].startsWith('  File ')) out[out.length - 1] += l + '\n';
    else out.push(l + '\n');
  }
  return out;
}

/** The exception from print_exception's arguments: (exc) or (type, value, tb). */
function excArg(a: any, b: any): PyBaseException | undefined {
  if (isPyException(a)) return a;
  if (b !== undefined && b !== None && isPyException(b)) return b;
  if (a === None && (b === undefined || b === None)) return undefined;
  if (isClass(a) && (b === undefined || b === None)) return call(a);
  throw pyErr(E.TypeError, `Exception expected for value, ${a?.$cls?.$name ?? typeof a} found`);
}

function formatAll(e: PyBaseException | undefined, chain: boolean): string {
  if (!e) return 'NoneType: None\n';
  if (chain) return formatException(e);
  return withoutChain(e, () => formatException(e));
}
function withoutChain<T>(e: PyBaseException, f: () => T): T {
  const saved = [e.__cause__, e.__context__];
  e.__cause__ = None; e.__context__ = None;
  try { return f(); } finally { [e.__cause__, e.__context__] = saved; }
}
/** Just the "  File ..." lines of an exception's own traceback. */
function tbText(e: PyBaseException): string {
  const full = withoutChain(e, () => formatException(e));
  const head = 'Traceback (most recent call last):\n';
  const body = full.startsWith(head) ? full.slice(head.length) : '';
  const tail = excOnly(e);
  return body.endsWith(tail) ? body.slice(0, -tail.length) : body;
}

function write(file: any, s: string) { callMethod(file === None || file === undefined ? currentStderr() : file, 'write', s); }

class FrameSummary extends PyObject {
  /** The recorded frame (columns for the caret line), when made from a traceback. */
  $frame: Frame | undefined;
  constructor(public filename: any = None, public lineno: any = None, public name: any = None, public $text: any = undefined) { super(); }
  get end_lineno() { return this.$frame?.endLine ?? this.lineno; }
  get colno() { return this.$frame?.col ?? None; }
  get end_colno() { return this.$frame?.endCol ?? None; }
  get line() { return this.$text ?? sourceLine(this.filename, this.lineno)?.trim() ?? ''; }
  __repr__() { return `<FrameSummary file ${this.filename}, line ${this.lineno} in ${this.name}>`; }
  __iter__() { return [this.filename, this.lineno, this.name, this.line][Symbol.iterator](); }
}
nativeClass({ name: 'FrameSummary', module: 'traceback', es: FrameSummary });
const summarize = (frames: Frame[], withColumns = false) => frames.map(f => {
  const fs = new FrameSummary(f.file, f.line, f.name, f.text?.trim());
  if (withColumns) fs.$frame = f;
  return fs;
});
/** format_list(): frames from extract_tb keep their caret lines, as in CPython. */
function formatSummary(fs: any): string {
  if (fs instanceof FrameSummary && fs.$frame) return frameLines(fs.$frame);
  return `  File "${fs.filename}", line ${fs.lineno}, in ${fs.name}\n${fs.line ? `    ${fs.line}\n` : ''}`;
}
function formatStack(frames: Frame[]): string[] {
  return frames.map(f => {
    let s = `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
    const t = (f.text ?? sourceLine(f.file, f.line))?.trim();
    if (t) s += `    ${t}\n`;
    return s;
  });
}

registerModule('traceback', () => ({
  print_exc: pyfunc('print_exc', ['limit=', 'file=', 'chain='], (_l: any, file: any, chain: any) => { write(file, formatAll(currentException(), !!chain)); return None; }, [None, None, true]),
  format_exc: pyfunc('format_exc', ['limit=', 'chain='], (_l: any, chain: any) => formatAll(currentException(), !!chain), [None, true]),
  print_exception: pyfunc('print_exception', ['exc', '/', 'value=', 'tb=', 'limit=', 'file=', 'chain='],
    (a: any, v: any, _tb: any, _l: any, file: any, chain: any) => { write(file, formatAll(excArg(a, v), !!chain)); return None; }, [None, None, None, None, true]),
  format_exception: pyfunc('format_exception', ['exc', '/', 'value=', 'tb=', 'limit=', 'chain='],
    (a: any, v: any, _tb: any, _l: any, chain: any) => chunks(formatAll(excArg(a, v), !!chain)), [None, None, None, true]),
  format_exception_only: pyfunc('format_exception_only', ['exc', '/', 'value='], (a: any, v: any) => {
    const e = excArg(a, v);
    return e ? [excOnly(e)] : ['NoneType: None\n'];
  }, [None]),
  print_tb: pyfunc('print_tb', ['tb', 'limit=', 'file='], (tb: any, _l: any, file: any) => { if (isPyException(tb)) write(file, tbText(tb)); return None; }, [None, None]),
  format_tb: pyfunc('format_tb', ['tb', 'limit='], (tb: any) => (isPyException(tb) ? chunks(tbText(tb)) : []), [None]),
  extract_tb: pyfunc('extract_tb', ['tb', 'limit='], (tb: any) => (isPyException(tb) ? (materialize(tb), summarize(tb.$frames ?? [], true)) : []), [None]),
  print_stack: pyfunc('print_stack', ['f=', 'limit=', 'file='], (_f: any, _l: any, file: any) => { write(file, formatStack(captureFrames()).join('')); return None; }, [None, None, None]),
  format_stack: pyfunc('format_stack', ['f=', 'limit='], () => formatStack(captureFrames()), [None, None]),
  extract_stack: pyfunc('extract_stack', ['f=', 'limit='], () => summarize(captureFrames()), [None, None]),
  format_list: pyfunc('format_list', ['extracted_list'], (l: any) => Array.from(l as any[], formatSummary)),
  FrameSummary: (FrameSummary.prototype as any).$cls,
  walk_tb: pyfunc('walk_tb', ['tb'], (tb: any) => (isPyException(tb) ? (tb.$frames ?? []).map((f: Frame) => tuple([None, f.line])) : [])),
}));

