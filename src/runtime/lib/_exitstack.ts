// contextlib.ExitStack and AsyncExitStack (CPython 3.11), including the exception-context fixing
// of ExitStack.__exit__.
import { PyObject, PyClass, nativeClass, None, typeOf } from '../py/object';
import { E, pyErr, toPyException, PyBaseException } from '../py/exceptions';
import { call, callKw, Kw } from '../py/call';
import { lookupSpecial, callSpecial } from '../py/attrs';
import { truthy } from '../py/protocols';

import { currentException } from '../py/raise';
import { rtCoroutine, aw } from './_async';

type Cb = { sync: boolean; fn: (t: any, v: any, tb: any) => any };

export class PyExitStack extends PyObject { $cbs: Cb[] = []; }

function cmName(cm: any) { const C = typeOf(cm); return `${C.$module}.${C.$qualname}`; }

function pushExit(s: PyExitStack, exit: any, sync: boolean) {
  const name = sync ? '__exit__' : '__aexit__';
  const m = typeof exit === 'object' ? lookupSpecial(exit, name) : undefined;
  if (typeof m === 'function') s.$cbs.push({ sync, fn: (t, v, tb) => callSpecial(m, exit, t, v, tb) });
  else s.$cbs.push({ sync, fn: (t, v, tb) => call(exit, t, v, tb) });
  return exit;
}
function pushCallback(s: PyExitStack, sync: boolean, cb: any, args: any[], kw: Kw | undefined) {
  // Sync callbacks never suppress; an async one returns the awaitable its call made.
  s.$cbs.push({ sync, fn: () => { const r = kw && kw.size ? callKw(cb, args, kw) : call(cb, ...args); return sync ? None : r; } });
  return cb;
}
function enterContext(s: PyExitStack, cm: any): any {
  const enter = lookupSpecial(cm, '__enter__'), exit = lookupSpecial(cm, '__exit__');
  if (typeof enter !== 'function' || typeof exit !== 'function') {
    throw pyErr(E.TypeError, `'${cmName(cm)}' object does not support the context manager protocol`);
  }
  const r = callSpecial(enter, cm);
  s.$cbs.push({ sync: true, fn: (t, v, tb) => callSpecial(exit, cm, t, v, tb) });
  return r;
}

function fixContext(newExc: PyBaseException, oldExc: any, frameExc: any) {
  let n = newExc;
  for (;;) {
    const ctx = n.__context__;
    if (ctx === None || ctx === oldExc) return;
    if (ctx === frameExc) break;
    n = ctx;
  }
  n.__context__ = oldExc;
}

/** The body of ExitStack.__exit__ / AsyncExitStack.__aexit__ as a generator (awaits async exits). */
function* unwind(s: PyExitStack, details: [any, any, any]): Generator<any, boolean, any> {
  const received = details[0] !== None;
  const frameExc = currentException() ?? None;
  let suppressed = false, pending = false;
  while (s.$cbs.length) {
    const cb = s.$cbs.pop()!;
    try {
      let r = cb.fn(details[0], details[1], details[2]);
      if (!cb.sync) r = yield* aw(r);
      if (truthy(r)) { suppressed = true; pending = false; details = [None, None, None]; }
    } catch (x) {
      const e = toPyException(x);
      fixContext(e, details[1], frameExc);
      pending = true;
      details = [e.$cls, e, e];
    }
  }
  if (pending) throw details[1] as PyBaseException;
  return received && suppressed;
}

function popAll(s: PyExitStack): PyExitStack {
  const n: PyExitStack = Reflect.construct(PyExitStack, [], s.$cls);
  n.$cbs = s.$cbs; s.$cbs = [];
  return n;
}

function varargs(f: (this: PyExitStack, pos: any[], kw: Kw | undefined) => any) {
  const m: any = function (this: PyExitStack, ...a: any[]) { return f.call(this, a, undefined); };
  m.$callKw = function (this: PyExitStack, pos: any[], kw: Kw) { return f.call(this, pos, kw); };
  return m;
}

export function exitStackClasses(abstractCM: PyClass, abstractACM: PyClass): Record<string, PyClass> {
  const ExitStack = nativeClass({ name: 'ExitStack', module: 'contextlib', bases: [abstractCM], es: PyExitStack, dict: {
    enter_context(this: PyExitStack, cm: any) { return enterContext(this, cm); },
    push(this: PyExitStack, exit: any) { return pushExit(this, exit, true); },
    callback: varargs(function (pos, kw) {
      if (!pos.length) throw pyErr(E.TypeError, "ExitStack.callback() missing 1 required positional argument: 'callback'");
      return pushCallback(this, true, pos[0], pos.slice(1), kw);
    }),
    pop_all(this: PyExitStack) { return popAll(this); },
    close(this: PyExitStack) { const g = unwind(this, [None, None, None]); g.next(); return None; },
    __enter__(this: PyExitStack) { return this; },
    __exit__(this: PyExitStack, t: any, v: any, tb: any) {
      const g = unwind(this, [t, v, tb]);
      const r = g.next();
      return r.value;
    },
  } });
  const AsyncExitStack = nativeClass({ name: 'AsyncExitStack', module: 'contextlib', bases: [abstractACM], es: PyExitStack, dict: {
    enter_context(this: PyExitStack, cm: any) { return enterContext(this, cm); },
    push(this: PyExitStack, exit: any) { return pushExit(this, exit, true); },
    callback: varargs(function (pos, kw) { return pushCallback(this, true, pos[0], pos.slice(1), kw); }),
    pop_all(this: PyExitStack) { return popAll(this); },
    enter_async_context(this: PyExitStack, cm: any) {
      const self = this;
      const enter = lookupSpecial(cm, '__aenter__'), exit = lookupSpecial(cm, '__aexit__');
      if (typeof enter !== 'function' || typeof exit !== 'function') {
        throw pyErr(E.TypeError, `'${cmName(cm)}' object does not support the asynchronous context manager protocol`);
      }
      return rtCoroutine('AsyncExitStack.enter_async_context', function* () {
        const r = yield* aw(callSpecial(enter, cm));
        self.$cbs.push({ sync: false, fn: (t, v, tb) => callSpecial(exit, cm, t, v, tb) });
        return r;
      });
    },
    push_async_exit(this: PyExitStack, exit: any) { return pushExit(this, exit, false); },
    push_async_callback: varargs(function (pos, kw) { return pushCallback(this, false, pos[0], pos.slice(1), kw); }),
    aclose(this: PyExitStack) { const self = this; return rtCoroutine('AsyncExitStack.aclose', function* () { yield* unwind(self, [None, None, None]); return None; }); },
    __aenter__(this: PyExitStack) { const self = this; return rtCoroutine('AsyncExitStack.__aenter__', function* () { return self; }); },
    __aexit__(this: PyExitStack, t: any, v: any, tb: any) {
      const self = this;
      return rtCoroutine('AsyncExitStack.__aexit__', function* () { return yield* unwind(self, [t, v, tb]); });
    },
  } });
  return { ExitStack, AsyncExitStack };
}
