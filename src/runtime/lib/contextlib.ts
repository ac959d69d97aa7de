// `contextlib` (CPython 3.11 Lib/contextlib.py): contextmanager / asynccontextmanager drive the
// kernel's generator and async-generator objects through their Python-visible methods.
import { PyObject, PyClass, nativeClass, None, isClass } from '../py/object';
import { E, pyErr, toPyException, PyBaseException } from '../py/exceptions';
import { pyfunc, call, callKw, Kw } from '../py/call';
import { callMethod, getattrDefault } from '../py/attrs';
import { registerModule } from '../py/modules';

import { rtCoroutine, aw } from './_async';
import { raise } from '../py/raise';
import { truthy } from '../py/protocols';
import { updateWrapper } from './functools';
import { setOwn } from './_rt';
import { exitStackClasses } from './_exitstack';

const isExc = (e: any, C: PyClass) => e instanceof PyBaseException && e.$cls.$mro.includes(C);


/** `with cm(): return func(...)` — ContextDecorator.__call__. */
function decorate(self: any, func: any, isAsync: boolean): any {
  const recreate = () => callMethod(self, '_recreate_cm');
  const run = (pos: any[], kw: Kw | undefined) => {
    const cm = recreate();
    callMethod(cm, '__enter__');
    let r: any;
    try { r = kw ? callKw(func, pos, kw) : call(func, ...pos); } catch (x) {
      const e = toPyException(x);
      if (truthy(callMethod(cm, '__exit__', e.$cls, e, e))) return None;
      throw e;
    }
    callMethod(cm, '__exit__', None, None, None);
    return r;
  };
  const runAsync = (pos: any[], kw: Kw | undefined) => rtCoroutine(func.$qualname ?? 'inner', function* () {
    const cm = recreate();
    yield* aw(callMethod(cm, '__aenter__'));
    let r: any;
    try { r = yield* aw(kw ? callKw(func, pos, kw) : call(func, ...pos)); } catch (x) {
      const e = toPyException(x);
      if (truthy(yield* aw(callMethod(cm, '__aexit__', e.$cls, e, e)))) return None;
      throw e;
    }
    yield* aw(callMethod(cm, '__aexit__', None, None, None));
    return r;
  });
  const inner: any = (...a: any[]) => (isAsync ? runAsync(a, undefined) : run(a, undefined));
  inner.$callKw = (pos: any[], kw: Kw) => (isAsync ? runAsync(pos, kw) : run(pos, kw));
  updateWrapper(inner, func);
  return inner;
}

// ------------------------------------------------------------------ ContextDecorator & ABCs

class CMBase extends PyObject {}
export const contextDecoratorClass = nativeClass({ name: 'ContextDecorator', module: 'contextlib', es: CMBase, dict: {
  _recreate_cm(this: any) { return this; },
  __call__(this: any, func: any) { return decorate(this, func, false); },
} });
export const asyncContextDecoratorClass = nativeClass({ name: 'AsyncContextDecorator', module: 'contextlib', es: CMBase, dict: {
  _recreate_cm(this: any) { return this; },
  __call__(this: any, func: any) { return decorate(this, func, true); },
} });
const abstractCM = nativeClass({ name: 'AbstractContextManager', module: 'contextlib', es: CMBase, dict: {
  __enter__(this: any) { return this; },
  __exit__() { return None; },
} });
const abstractACM = nativeClass({ name: 'AbstractAsyncContextManager', module: 'contextlib', es: CMBase, dict: {
  __aenter__(this: any) { const self = this; return rtCoroutine('AbstractAsyncContextManager.__aenter__', function* () { return self; }); },
  __aexit__() { return rtCoroutine('AbstractAsyncContextManager.__aexit__', function* () { return None; }); },
} });

// ------------------------------------------------------------------ @contextmanager

class GenCM extends PyObject {
  gen: any; func: any; args: any; kwds: any;
}

function genCMInit(self: GenCM, func: any, args: any[], kw: Kw | undefined) {
  self.gen = kw && kw.size ? callKw(func, args, kw) : call(func, ...args);
  self.func = func; self.args = args; self.kwds = kw;
  setOwn(self, '__doc__', getattrDefault(func, '__doc__', None));
}

function exitWithThrow(self: GenCM, typ: any, value: any, tb: any, method: string): any {
  if (value === None) value = call(typ);
  try {
    callMethod(self.gen, method, value);
  } catch (x) {
    const exc = toPyException(x);
    if (isExc(exc, E.StopIteration)) return exc !== value;
    if (isExc(exc, E.RuntimeError)) {
      if (exc === value) return false;
      if (isExc(value, E.StopIteration) && exc.__cause__ === value) return false;
      throw exc;
    }
    if (exc !== value) throw exc;
    return false;
  }
  void tb;
  throw pyErr(E.RuntimeError, "generator didn't stop after throw()");
}

const genCMClass: PyClass = nativeClass({ name: '_GeneratorContextManager', module: 'contextlib', bases: [contextDecoratorClass, abstractCM], es: GenCM, dict: {
  _recreate_cm(this: GenCM) { const c = new GenCM(); genCMInit(c, this.func, this.args, this.kwds); return c; },
  __enter__(this: GenCM) {
    delete this.args; delete this.kwds; delete this.func;
    try { return callMethod(this.gen, '__next__'); } catch (x) {
      const e = toPyException(x);
      if (isExc(e, E.StopIteration)) throw raise(pyErr(E.RuntimeError, "generator didn't yield"), None);
      throw e;
    }
  },
  __exit__(this: GenCM, typ: any, value: any, tb: any) {
    if (typ === None) {
      try { callMethod(this.gen, '__next__'); } catch (x) {
        const e = toPyException(x);
        if (isExc(e, E.StopIteration)) return false;
        throw e;
      }
      throw pyErr(E.RuntimeError, "generator didn't stop");
    }
    return exitWithThrow(this, typ, value, tb, 'throw');
  },
} });

class AsyncGenCM extends GenCM {}
const asyncGenCMClass: PyClass = nativeClass({ name: '_AsyncGeneratorContextManager', module: 'contextlib', bases: [asyncContextDecoratorClass, abstractACM], es: AsyncGenCM, dict: {
  _recreate_cm(this: GenCM) { const c = new AsyncGenCM(); genCMInit(c, this.func, this.args, this.kwds); return c; },
  __aenter__(this: GenCM) {
    const self = this;
    delete self.args; delete self.kwds; delete self.func;
    return rtCoroutine('_AsyncGeneratorContextManager.__aenter__', function* () {
      try { return yield* aw(callMethod(self.gen, '__anext__')); } catch (x) {
        const e = toPyException(x);
        if (isExc(e, E.StopAsyncIteration)) throw raise(pyErr(E.RuntimeError, "generator didn't yield"), None);
        throw e;
      }
    });
  },
  __aexit__(this: GenCM, typ: any, value: any, tb: any) {
    const self = this;
    return rtCoroutine('_AsyncGeneratorContextManager.__aexit__', function* () {
      if (typ === None) {
        try { yield* aw(callMethod(self.gen, '__anext__')); } catch (x) {
          const e = toPyException(x);
          if (isExc(e, E.StopAsyncIteration)) return false;
          throw e;
        }
        throw pyErr(E.RuntimeError, "generator didn't stop");
      }
      if (value === None) value = call(typ);
      try {
        yield* aw(callMethod(self.gen, 'athrow', value));
      } catch (x) {
        const exc = toPyException(x);
        if (isExc(exc, E.StopAsyncIteration)) return exc !== value;
        if (isExc(exc, E.RuntimeError)) {
          if (exc === value) return false;
          if ((isExc(value, E.StopIteration) || isExc(value, E.StopAsyncIteration)) && exc.__cause__ === value) return false;
          throw exc;
        }
        if (exc !== value) throw exc;
        return false;
      }
      void tb;
      throw pyErr(E.RuntimeError, "generator didn't stop after athrow()");
    });
  },
} });

function cmFactory(name: string, C: PyClass, ES: typeof GenCM) {
  return pyfunc(name, ['func'], (func: any) => {
    const helper: any = (...a: any[]) => { const c: GenCM = Reflect.construct(ES, [], C); genCMInit(c, func, a, undefined); return c; };
    helper.$callKw = (pos: any[], kw: Kw) => { const c: GenCM = Reflect.construct(ES, [], C); genCMInit(c, func, pos, kw); return c; };
    updateWrapper(helper, func);
    return helper;
  });
}

// ------------------------------------------------------------------ simple context managers

class Simple extends PyObject { thing: any = None; $excs: PyClass[] = []; enter_result: any = None; }

const suppressClass = nativeClass({ name: 'suppress', module: 'contextlib', bases: [abstractCM], es: Simple,
  new: (C, args) => { const s: Simple = Reflect.construct(Simple, [], C); s.$excs = args.flatMap(a => (Array.isArray(a) ? a : [a])); return s; },
  dict: {
    __enter__() { return None; },
    __exit__(this: Simple, typ: any, inst: any) {
      if (typ === None) return false;
      if (this.$excs.some(C => isClass(C) && typ.$mro.includes(C))) return true;
      if (typ.$mro.includes(E.BaseExceptionGroup)) {
        const [, rest] = callMethod(inst, 'split', Object.assign(this.$excs.slice(), { $t: true }));
        if (rest === None) return true;
        throw rest;
      }
      return false;
    },
  } });

const nullcontextClass = nativeClass({ name: 'nullcontext', module: 'contextlib', bases: [abstractCM, abstractACM], es: Simple,
  new: (C, args, kw) => { const s: Simple = Reflect.construct(Simple, [], C); s.enter_result = kw?.get('enter_result') ?? args[0] ?? None; return s; },
  dict: {
    __enter__(this: Simple) { return this.enter_result; },
    __exit__() { return None; },
    __aenter__(this: Simple) { const r = this.enter_result; return rtCoroutine('nullcontext.__aenter__', function* () { return r; }); },
    __aexit__() { return rtCoroutine('nullcontext.__aexit__', function* () { return None; }); },
  } });

const closingClass = nativeClass({ name: 'closing', module: 'contextlib', bases: [abstractCM], es: Simple,
  new: (C, args) => { const s: Simple = Reflect.construct(Simple, [], C); s.thing = args[0]; return s; },
  dict: {
    __enter__(this: Simple) { return this.thing; },
    __exit__(this: Simple) { callMethod(this.thing, 'close'); return None; },
  } });
const aclosingClass = nativeClass({ name: 'aclosing', module: 'contextlib', bases: [abstractACM], es: Simple,
  new: (C, args) => { const s: Simple = Reflect.construct(Simple, [], C); s.thing = args[0]; return s; },
  dict: {
    __aenter__(this: Simple) { const t = this.thing; return rtCoroutine('aclosing.__aenter__', function* () { return t; }); },
    __aexit__(this: Simple) { const t = this.thing; return rtCoroutine('aclosing.__aexit__', function* () { yield* aw(callMethod(t, 'aclose')); return None; }); },
  } });

registerModule('contextlib', () => ({
  contextmanager: cmFactory('contextmanager', genCMClass, GenCM),
  asynccontextmanager: cmFactory('asynccontextmanager', asyncGenCMClass, AsyncGenCM),
  ContextDecorator: contextDecoratorClass,
  AsyncContextDecorator: asyncContextDecoratorClass,
  AbstractContextManager: abstractCM,
  AbstractAsyncContextManager: abstractACM,
  suppress: suppressClass,
  nullcontext: nullcontextClass,
  closing: closingClass,
  aclosing: aclosingClass,
  ...exitStackClasses(abstractCM, abstractACM),
  ...redirects(abstractCM),
}));

// ------------------------------------------------------------------ redirect_stdout / redirect_stderr

function redirects(base: PyClass): Record<string, PyClass> {
  const make = (name: string, stream: 'stdout' | 'stderr') => nativeClass({ name, module: 'contextlib', bases: [base], es: Simple,
    new: (C, args) => { const s: Simple = Reflect.construct(Simple, [], C); s.thing = args[0]; (s as any).$old = []; return s; },
    dict: {
      __enter__(this: any) {
        const sys = require('../py/modules').importModule('sys');
        this.$old.push(sys[stream]);
        sys[stream] = this.thing;
        return this.thing;
      },
      __exit__(this: any) { require('../py/modules').importModule('sys')[stream] = this.$old.pop(); return None; },
    } });
  return { redirect_stdout: make('redirect_stdout', 'stdout'), redirect_stderr: make('redirect_stderr', 'stderr') };
}
