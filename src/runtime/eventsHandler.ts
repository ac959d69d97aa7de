// base_events.py: default_exception_handler / call_exception_handler, logging through the
// 'asyncio' logger exactly as CPython formats it on stderr.
import { None } from './py/object';
import { E, toPyException, isPyException, PyBaseException } from './py/exceptions';
import { call } from './py/call';
import { callMethod } from './py/attrs';
import { repr, truthy, iter, getitem, contains } from './py/protocols';
import { host } from './eventsHost';
import { isExitException } from './asyncioExceptions';

/** An exception-handler context: internal [key, value] entries, or a Python dict from user code. */
export type Ctx = [string, any][] | any;

export function ctxGet(ctx: Ctx, key: string): any {
  if (Array.isArray(ctx)) { for (const [k, v] of ctx) if (k === key) return v; return undefined; }
  if (ctx instanceof Map) return ctx.get(key);
  return contains(ctx, key) ? getitem(ctx, key) : undefined;
}
export function ctxKeys(ctx: Ctx): any[] {
  if (Array.isArray(ctx)) return ctx.map(e => e[0]);
  if (ctx instanceof Map) return [...ctx.keys()];
  return Array.from(iter(ctx));
}
export function ctxToDict(ctx: Ctx): any {
  return Array.isArray(ctx) ? host.makeDict(ctx) : ctx;
}

function sortKeys(keys: any[]): any[] {
  return keys.slice().sort((a, b) => (host.lt(a, b) ? -1 : host.lt(b, a) ? 1 : 0));
}

/** BaseEventLoop.default_exception_handler */
export function defaultExceptionHandler(_loop: any, ctx: Ctx): void {
  let message = ctxGet(ctx, 'message');
  if (message === undefined || !truthy(message)) message = 'Unhandled exception in event loop';
  const exception = ctxGet(ctx, 'exception');
  const exc = exception !== undefined && exception !== None && isPyException(exception) ? exception : undefined;
  const lines: string[] = [typeof message === 'string' ? message : String(message)];
  for (const key of sortKeys(ctxKeys(ctx))) {
    if (key === 'message' || key === 'exception') continue;
    const value = ctxGet(ctx, key);
    lines.push(`${key}: ${repr(value)}`);
  }
  host.logError(lines.join('\n'), exc);
}

function isDefaultHandler(loop: any): boolean {
  return loop.default_exception_handler === defaultHandlerMethod;
}
/** The Python-visible method (so subclasses can override it). */
export const defaultHandlerMethod = function default_exception_handler(this: any, context: any) {
  defaultExceptionHandler(this, context);
  return None;
};

function runDefault(loop: any, ctx: Ctx) {
  if (isDefaultHandler(loop)) defaultExceptionHandler(loop, ctx);
  else callMethod(loop, 'default_exception_handler', ctxToDict(ctx));
}

/** BaseEventLoop.call_exception_handler */
export function callExceptionHandler(loop: any, ctx: Ctx): void {
  const handler = loop._exception_handler;
  if (handler === None || handler === undefined) {
    try {
      runDefault(loop, ctx);
    } catch (x) {
      const e = toPyException(x);
      if (isExitException(e)) throw e;
      host.logError('Exception in default exception handler', e);
    }
    return;
  }
  try {
    call(handler, loop, ctxToDict(ctx));
  } catch (x) {
    const exc = toPyException(x);
    if (isExitException(exc)) throw exc;
    try {
      runDefault(loop, [['message', 'Unhandled error in exception handler'], ['exception', exc], ['context', ctxToDict(ctx)]]);
    } catch (y) {
      const e2 = toPyException(y);
      if (isExitException(e2)) throw e2;
      host.logError('Exception in default exception handler while handling an unexpected error in custom exception handler', e2);
    }
  }
}

export type { PyBaseException };
void E;
