// Services the asyncio mirror needs from the rest of the runtime (dict/set construction,
// contextvars, logging, source locations). Defaults work stand-alone; the kernel wires the real
// ones with setAsyncioHost().
import { None, PyClass, PyFloat, typeName } from './py/object';
import { PyBaseException, E, pyErr } from './py/exceptions';
import { call } from './py/call';
import { callMethod } from './py/attrs';
import { writeErr } from './py/io';
import { formatException } from './py/tbformat';
import { STDLIB_PREFIX } from './py/traceback';

export interface AsyncioHost {
  /** A Python dict from [key, value] pairs (insertion order). */
  makeDict(entries: [any, any][]): any;
  /** A Python set from items (insertion order). */
  makeSet(items: any[]): any;
  /** contextvars.copy_context(); undefined means "no contextvars in use" (callbacks run directly). */
  copyContext(): any;
  /** ctx.run(fn, *args) */
  runInContext(ctx: any, fn: any, args: any[]): any;
  /** logging.getLogger('asyncio').error(msg, exc_info=exc) */
  logError(msg: string, exc: PyBaseException | undefined): void;
  /** logging.getLogger('asyncio').warning(msg) */
  logWarning(msg: string): void;
  /** logging.getLogger('asyncio').debug(msg) (no-op unless the program imported logging) */
  logDebug(msg: string): void;
  /** (filename, firstlineno) of a Python function, as asyncio's format_helpers finds it. */
  functionSource(f: any): [string, number] | undefined;
  /** functools.partial parts, or undefined if f is not a partial. */
  partialParts(f: any): { func: any; args: any[]; keywords: [string, any][] } | undefined;
  /** Where a coroutine is: code filename, def line, current line (undefined when finished). */
  coroLocation(coro: any): { filename: string; firstlineno: number; lineno: number | undefined } | undefined;
  /** Python `a < b` (raises TypeError for unorderable values). */
  lt(a: any, b: any): boolean;
  /** warnings.warn(message, category, stacklevel) */
  warn(message: string, category: PyClass, stacklevel: number): void;
}

export const host: AsyncioHost = {
  makeDict: (entries) => new Map(entries),
  makeSet: (items) => new Set(items),
  copyContext: () => undefined,
  runInContext: (ctx, fn, args) => callMethod(ctx, 'run', fn, ...args),
  logError: (msg, exc) => {
    writeErr(msg + '\n' + (exc ? formatException(exc) : ''));
  },
  logWarning: (msg) => { writeErr(msg + '\n'); },
  logDebug: () => {},
  functionSource: (f) => {
    if (typeof f !== 'function') return undefined;
    if (f.$pysrc !== undefined) return f.$pysrc;
    if (f.$py !== 1) return undefined;
    const file = f.$filename ?? f.$code?.co_filename;
    const line = f.$firstlineno ?? f.$code?.co_firstlineno;
    return file !== undefined && line !== undefined ? [file, line] : undefined;
  },
  partialParts: (f) => {
    const p = f?.$partial;
    return p ? { func: p.func, args: p.args, keywords: p.keywords ?? [] } : undefined;
  },
  coroLocation: (coro) => {
    const fn = coro?.$fn;
    if (!fn) return undefined;
    const filename = fn.$filename ?? fn.$code?.co_filename;
    if (filename === undefined) return undefined;
    const firstlineno = fn.$firstlineno ?? fn.$code?.co_firstlineno ?? 0;
    const finished = coro.$state === 3;
    return { filename, firstlineno, lineno: finished ? undefined : (coro.$lineno ?? firstlineno) };
  },
  lt: (a, b) => {
    const x = a instanceof PyFloat ? a.v : a, y = b instanceof PyFloat ? b.v : b;
    const tx = typeof x, ty = typeof y;
    if ((tx === 'number' || tx === 'bigint' || tx === 'boolean') && (ty === 'number' || ty === 'bigint' || ty === 'boolean')) return x < y;
    if (tx === 'string' && ty === 'string') return x < y;
    if (tx === 'object' && a !== None && typeof a.__lt__ === 'function') return callMethod(a, '__lt__', b) === true;
    throw pyErr(E.TypeError, `'<' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
  },
  warn: () => { /* wired to the warnings module by the kernel */ },
};

export function setAsyncioHost(h: Partial<AsyncioHost>) { Object.assign(host, h); }

/** Call a Python callable in a context (undefined/None context: direct call). */
export function runIn(ctx: any, fn: any, args: any[]): any {
  if (ctx === undefined || ctx === None) return args.length === 0 ? call(fn) : args.length === 1 ? call(fn, args[0]) : call(fn, ...args);
  return host.runInContext(ctx, fn, args);
}

/** A runtime function that stands for a CPython library function: Python sees its name, and
 *  asyncio's reprs show `name() at FILE:LINE` for it, as for the real one. */
export function libFunction<F extends Function>(fn: F, name: string, file: string, line: number, qualname = name): F {
  const f = fn as any;
  f.$name = name; f.$qualname = qualname; f.$pysrc = [`${STDLIB_PREFIX}/${file}`, line];
  f.$module = 'asyncio.' + file.replace(/^asyncio\//, '').replace(/\.py$/, '');
  return fn;
}
