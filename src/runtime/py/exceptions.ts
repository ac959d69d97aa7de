// The builtin exception hierarchy. Python exceptions are PyObjects, not JS Errors; a JS error that
// escapes runtime code is converted by toPyException().
import {
  PyObject, PyClass, nativeClass, objectClass, None, tuple, setMroErrorFactory, setLayoutErrorFactory,
} from './object';
import { recordRaise, noteCreated, implicitContext, materialize } from './traceback';

/** Layout shared by every exception class. Python-visible fields are plain properties. */
export class PyBaseException extends PyObject {
  args: any[] = tuple([]);
  __cause__: any = None;
  __context__: any = None;
  __suppress_context__ = false;
  /** Recorded JS call-site captures, innermost raise first (see traceback.ts). */
  $tb: any[] | undefined = undefined;
  /** Extra fields used by some subclasses (name, obj, value, code, exceptions...). */
  [k: string]: any;
}

/** `$frames`: the recorded Python frames, outermost first. An exception caught lazily
 *  (traceback.ts noteCaughtLazily) makes them on first use, so every reader sees them trimmed
 *  to the catch exactly as if they had been made when it was caught. */
Object.defineProperty(PyBaseException.prototype, '$frames', {
  configurable: true,
  get(this: any) { if (this.$catch !== undefined) materialize(this); return this.$_frames; },
  set(this: any, v: any) { if (this.$catch !== undefined) materialize(this); this.$_frames = v; },
});

export const E: Record<string, PyClass> = Object.create(null);

function exc(name: string, base: PyClass | null, module = 'builtins'): PyClass {
  const C = nativeClass({ name, module, bases: base ? [base] : [objectClass], es: PyBaseException });
  E[name] = C;
  return C;
}

// CPython 3.11's tree (Lib/test/exception_hierarchy.txt).
const BaseException = exc('BaseException', null);
exc('BaseExceptionGroup', BaseException);
exc('GeneratorExit', BaseException);
exc('KeyboardInterrupt', BaseException);
exc('SystemExit', BaseException);
const Exception = exc('Exception', BaseException);
const ArithmeticError = exc('ArithmeticError', Exception);
exc('FloatingPointError', ArithmeticError);
exc('OverflowError', ArithmeticError);
exc('ZeroDivisionError', ArithmeticError);
exc('AssertionError', Exception);
exc('AttributeError', Exception);
exc('BufferError', Exception);
exc('EOFError', Exception);
E.ExceptionGroup = nativeClass({ name: 'ExceptionGroup', bases: [E.BaseExceptionGroup, Exception], es: PyBaseException });
const ImportError = exc('ImportError', Exception);
exc('ModuleNotFoundError', ImportError);
const LookupError = exc('LookupError', Exception);
exc('IndexError', LookupError);
exc('KeyError', LookupError);
exc('MemoryError', Exception);
const NameError = exc('NameError', Exception);
exc('UnboundLocalError', NameError);
const OSError = exc('OSError', Exception);
exc('BlockingIOError', OSError);
exc('ChildProcessError', OSError);
const ConnectionError = exc('ConnectionError', OSError);
exc('BrokenPipeError', ConnectionError);
exc('ConnectionAbortedError', ConnectionError);
exc('ConnectionRefusedError', ConnectionError);
exc('ConnectionResetError', ConnectionError);
exc('FileExistsError', OSError);
exc('FileNotFoundError', OSError);
exc('InterruptedError', OSError);
exc('IsADirectoryError', OSError);
exc('NotADirectoryError', OSError);
exc('PermissionError', OSError);
exc('ProcessLookupError', OSError);
exc('TimeoutError', OSError);
exc('ReferenceError', Exception);
const RuntimeError = exc('RuntimeError', Exception);
exc('NotImplementedError', RuntimeError);
exc('RecursionError', RuntimeError);
exc('StopAsyncIteration', Exception);
exc('StopIteration', Exception);
const SyntaxError = exc('SyntaxError', Exception);
const IndentationError = exc('IndentationError', SyntaxError);
exc('TabError', IndentationError);
exc('SystemError', Exception);
exc('TypeError', Exception);
const ValueError = exc('ValueError', Exception);
const UnicodeError = exc('UnicodeError', ValueError);
exc('UnicodeDecodeError', UnicodeError);
exc('UnicodeEncodeError', UnicodeError);
exc('UnicodeTranslateError', UnicodeError);
const Warning = exc('Warning', Exception);
for (const w of ['BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
  'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning']) {
  exc(w, Warning);
}
E.EnvironmentError = OSError;
E.IOError = OSError;

setMroErrorFactory(msg => pyErr(E.TypeError, msg));
setLayoutErrorFactory(msg => pyErr(E.TypeError, msg));

/** Create an exception instance from runtime code: pyErr(E.ValueError, "message"). */
export function pyErr(C: PyClass, ...args: any[]): PyBaseException {
  const e = make(C, args);
  if (quiet === 0 && !CONTROL_FLOW.has(C)) noteCreated(e, pyErr);
  return e;
}
function make(C: PyClass, args: any[]): PyBaseException {
  const e: PyBaseException = Reflect.construct(PyBaseException, [], C);
  e.args = tuple(args);
  initSpecialFields(C, e, args);
  return e;
}
/** Exceptions the runtime uses to end iterations: never given a traceback (hot paths). */
const CONTROL_FLOW = new Set([E.StopIteration, E.StopAsyncIteration, E.GeneratorExit]);

/** Fields CPython's exception constructors derive from args. */
export function initSpecialFields(C: PyClass, e: PyBaseException, args: any[]) {
  const mro = C.$mro;
  if (mro.includes(E.StopIteration) || mro.includes(E.StopAsyncIteration)) e.value = args.length ? args[0] : None;
  if (mro.includes(E.SystemExit)) e.code = args.length === 0 ? None : args.length === 1 ? args[0] : tuple(args.slice());
  if (mro.includes(E.NameError) && e.name === undefined) e.name = None;
  if (mro.includes(E.AttributeError)) { if (e.name === undefined) e.name = None; if (e.obj === undefined) e.obj = None; }
  if (mro.includes(E.ImportError)) { e.msg = args.length === 1 ? args[0] : None; if (e.name === undefined) e.name = None; e.path = None; }
  if (mro.includes(E.OSError)) {
    e.errno = args.length >= 2 ? args[0] : None; e.strerror = args.length >= 2 ? args[1] : None;
    e.filename = args.length >= 3 ? args[2] : None;
  }
}

let quiet = 0;

/** Create an exception that runtime code throws right away. Like pyErr it keeps V8's raw call
 *  sites and the exception being handled; they become its frames and implicit __context__ when
 *  it is caught or printed (materialize), and a translated `except` that never looks at them
 *  never pays for them. Skipped inside `quietly`. */
export function raiseErr(C: PyClass, ...args: any[]): PyBaseException {
  const e = make(C, args);
  if (quiet === 0) noteCreated(e, raiseErr);
  return e;
}

/** Run f where exceptions raised by runtime code are expected to be caught by the runtime itself
 *  (getattr with a default, hasattr), so no frames are recorded. */
export function quietly<T>(f: () => T): T {
  quiet++;
  try { return f(); } finally { quiet--; }
}

export function isPyException(v: any): v is PyBaseException { return v instanceof PyBaseException; }

export function excMatches(e: PyBaseException, C: PyClass): boolean {
  return e.$cls === C || e.$cls.$mro.includes(C);
}

/** Convert anything thrown into a Python exception (JS errors from runtime bugs included). */
export function toPyException(x: any): PyBaseException {
  if (x instanceof PyBaseException) return x;
  if (x instanceof RangeError && /call stack/i.test(x.message)) {
    return pyErr(E.RecursionError, 'maximum recursion depth exceeded');
  }
  if (x && typeof x === 'object' && x.$pyExit) return x.$pyExit;
  const msg = x instanceof Error ? `${x.name}: ${x.message}` : String(x);
  const e = pyErr(E.SystemError, `internal error in Asyncio Lab runtime: ${msg}`);
  e.$jsError = x;
  return e;
}
