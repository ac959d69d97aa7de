// Calling conventions: positional calls are plain JS calls; keywords are bound here with CPython's
// rules and error messages. See ARCHITECTURE.md "Calling conventions".
import { PyClass, allocate, setConstruct, isClass, typeName, None, tuple, objectClass } from './object';
import { E, pyErr } from './exceptions';

/** A parsed Python signature. Translated functions carry it as `$sig`. */
export interface Sig {
  name: string;
  qualname: string;
  posonly: string[];
  args: string[];
  vararg?: string;
  kwonly: string[];
  kwarg?: string;
  /** Number of trailing positional params that have defaults. */
  ndefaults: number;
  /** Defaults for positional params (last ndefaults), and keyword-only defaults. */
  defaults?: any[];
  kwdefaults?: Record<string, any>;
}

/** Keyword arguments travelling with a call: insertion-ordered name → value. */
export type Kw = Map<string, any>;

// ------------------------------------------------------------------ the keyword slot
let pendingKw: Kw | undefined;
let pendingFor: any;
let pendingExtra: any[] | undefined;

/** Called first thing by a function that has keyword-only params or **kwargs. Returns the
 *  keyword-only values in order, then (if the function has **kwargs) a dict of the rest. */
export function takeKw(f: any): any[] {
  const sig: Sig = f.$sig;
  let kw: Kw | undefined;
  if (pendingFor === f) { kw = pendingKw; pendingKw = undefined; pendingFor = undefined; }
  const out: any[] = [];
  const missing: string[] = [];
  for (const name of sig.kwonly) {
    let v = kw?.get(name);
    if (v === undefined) v = sig.kwdefaults?.[name];
    if (v === undefined) missing.push(name);
    out.push(v);
  }
  if (missing.length) throw pyErr(E.TypeError, `${sig.qualname}() missing ${missing.length} required keyword-only argument${missing.length > 1 ? 's' : ''}: ${listNames(missing)}`);
  if (sig.kwarg !== undefined) {
    const extra = new Map<string, any>();
    if (kw) for (const [k, v] of kw) if (!sig.kwonly.includes(k)) extra.set(k, v);
    out.push(makeKwargsDict(extra));
  }
  return out;
}
let makeKwargsDict: (m: Kw) => any = (m) => m;
export function setKwargsDictFactory(f: (m: Kw) => any) { makeKwargsDict = f; }

function listNames(names: string[]): string {
  const q = names.map(n => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** Bind positional + keyword arguments to a signature. Returns the JS argument list (one slot per
 *  positional parameter, `undefined` where the default applies, then *args items). Leftover
 *  keywords are parked for takeKw(). Raises CPython's TypeErrors. */
export function bindArgs(f: any, sig: Sig, pos: any[], kw: Kw | undefined): any[] {
  const names = sig.posonly.length ? sig.posonly.concat(sig.args) : sig.args;
  const n = names.length;
  const q = sig.qualname;
  if (pos.length > n && sig.vararg === undefined) {
    const given = pos.length;
    const kwonlyGiven = kw ? [...kw.keys()].filter(k => sig.kwonly.includes(k)).length : 0;
    const min = n - sig.ndefaults;
    const takes = sig.ndefaults ? `from ${min} to ${n} positional arguments` : `${n} positional argument${n === 1 ? '' : 's'}`;
    const extra = kwonlyGiven ? ` positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})` : '';
    throw pyErr(E.TypeError, `${q}() takes ${takes} but ${given}${extra || (given === 1 ? ' was' : ' were')} given`);
  }
  const slots: any[] = new Array(n);
  for (let i = 0; i < n && i < pos.length; i++) slots[i] = pos[i];
  let rest: Kw | undefined;
  if (kw) {
    for (const [k, v] of kw) {
      const idx = sig.args.indexOf(k);
      if (idx >= 0) {
        const j = sig.posonly.length + idx;
        if (slots[j] !== undefined) throw pyErr(E.TypeError, `${q}() got multiple values for argument '${k}'`);
        slots[j] = v;
      } else if (sig.kwonly.includes(k) || sig.kwarg !== undefined) {
        (rest ??= new Map()).set(k, v);
      } else if (sig.posonly.includes(k)) {
        throw pyErr(E.TypeError, `${q}() got some positional-only arguments passed as keyword arguments: '${k}'`);
      } else {
        throw pyErr(E.TypeError, `${q}() got an unexpected keyword argument '${k}'`);
      }
    }
  }
  const firstDefault = n - sig.ndefaults;
  const missing: string[] = [];
  for (let i = 0; i < firstDefault; i++) if (slots[i] === undefined) missing.push(names[i]);
  if (missing.length) throw pyErr(E.TypeError, `${q}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${listNames(missing)}`);
  if ((sig.kwonly.length || sig.kwarg !== undefined)) { pendingKw = rest; pendingFor = f; }
  if (pos.length > n) for (let i = n; i < pos.length; i++) slots.push(pos[i]);
  return slots;
}

/** The fast-path prologue calls this when the positional arity is wrong: it raises the error. */
export function argErr(f: any, args: ArrayLike<any>): never {
  throw argError(f, args);
}
/** The TypeError for a bad positional call (translated prologues `throw $.argError(f, arguments)`). */
export function argError(f: any, args: ArrayLike<any>): any {
  try { bindArgs(f, f.$sig, Array.from(args).filter(a => a !== undefined), undefined); } catch (e) { return e; }
  return pyErr(E.TypeError, `${f.$sig.qualname}() received invalid arguments`);
}

// ------------------------------------------------------------------ calls

export function call(f: any, ...args: any[]): any {
  if (typeof f === 'function') return f(...args);
  return callObject(f, args, undefined);
}
/** `f(*args)` with the arguments already in an array: copied onto the stack once (call() copies
 *  twice), so gather(*100_000 coroutines) fits. */
export function callv(f: any, args: any[]): any {
  if (typeof f === 'function') return Reflect.apply(f, undefined, args);
  return callObject(f, args, undefined);
}

/** Call with keywords: `kw` is a Kw map (see kw()). */
export function callKw(f: any, pos: any[], kwArg: Kw | Record<string, any> | undefined): any {
  const kw = toKw(kwArg);
  if (!kw || kw.size === 0) return callv(f, pos);
  if (typeof f === 'function') {
    if (f.$isclass === true) return construct(f, pos, kw);
    if (f.$callKw) return f.$callKw(pos, kw);
    if (f.$sig) {
      const bound = bindArgs(f, f.$sig, pos, kw);
      try { return Reflect.apply(f, undefined, bound); } finally { pendingKw = undefined; pendingFor = undefined; }
    }
    const name = f.$qualname ?? f.$name ?? f.name;
    throw pyErr(E.TypeError, `${name}() takes no keyword arguments`);
  }
  return callObject(f, pos, kw);
}

let callObject: (f: any, args: any[], kw: Kw | undefined) => any = (f) => {
  throw pyErr(E.TypeError, `'${typeName(f)}' object is not callable`);
};
export function setCallObject(fn: typeof callObject) { callObject = fn; }

/** Keywords as a Map (translated code passes a plain object when there is no `**`). */
export function toKw(k: Kw | Record<string, any> | undefined): Kw | undefined {
  if (k === undefined || k instanceof Map) return k;
  const m: Kw = new Map();
  for (const key of Object.keys(k)) m.set(key, k[key]);
  return m;
}
let mappingPairs: (m: any) => Array<[any, any]> = () => { throw new Error('mappingPairs not wired'); };
export function setMappingPairs(f: (m: any) => Array<[any, any]>) { mappingPairs = f; }

/** `f(k=1, **d, j=2)`: parts are literal objects and mappings, merged left to right. */
export function kw(...parts: any[]): Kw {
  const m: Kw = new Map();
  const put = (k: any, v: any) => {
    if (typeof k !== 'string') throw pyErr(E.TypeError, 'keywords must be strings');
    if (m.has(k)) throw pyErr(E.TypeError, `got multiple values for keyword argument '${k}'`);
    m.set(k, v);
  };
  for (const p of parts) {
    if (p === null || p === undefined) continue;
    if (p instanceof Map) { for (const [k, v] of p) put(k, v); continue; }
    if (Object.getPrototypeOf(p) === Object.prototype) { for (const k of Object.keys(p)) put(k, p[k]); continue; }
    for (const [k, v] of mappingPairs(p)) put(k, v);
  }
  return m;
}

// ------------------------------------------------------------------ function objects

export interface DefMeta {
  name: string;
  qualname?: string;
  module?: string;
  params?: { posonly?: string[]; args?: string[]; vararg?: string | null; kwonly?: string[]; kwarg?: string | null };
  defaults?: any[];
  kwdefaults?: Record<string, any>;
  kind?: 'function' | 'coroutine' | 'generator' | 'asyncgen';
  firstlineno?: number;
  doc?: any;
  annotations?: Record<string, any>;
  /** co_freevars, and the current values of those variables (read by `__closure__`). */
  freevars?: string[];
  closure?: () => any[];
}

/** The file of the program being run (session.ts), recorded by def() as the code's filename. */
let currentFile = '<string>';
export function setCurrentFile(file: string) { currentFile = file; }

/** Mark a translated function as a Python function and attach its signature. */
export function def<F extends Function>(fn: F, meta: DefMeta): F {
  const f = fn as any;
  const p = meta.params ?? {};
  const sig: Sig = {
    name: meta.name, qualname: meta.qualname ?? meta.name,
    posonly: p.posonly ?? [], args: p.args ?? [], vararg: p.vararg ?? undefined,
    kwonly: p.kwonly ?? [], kwarg: p.kwarg ?? undefined,
    ndefaults: meta.defaults?.length ?? 0, defaults: meta.defaults, kwdefaults: meta.kwdefaults,
  };
  f.$py = 1;
  f.$sig = sig;
  f.$name = meta.name;
  f.$qualname = sig.qualname;
  f.$module = meta.module ?? '__main__';
  f.$kind = meta.kind ?? 'function';
  f.$doc = meta.doc ?? None;
  f.$filename = currentFile;
  if (meta.firstlineno !== undefined) f.$firstlineno = meta.firstlineno;
  if (meta.closure) { f.$freevars = meta.freevars; f.$closure = meta.closure; }
  if (meta.annotations) {
    (f.$attrs ??= Object.create(null)).__annotations__ = makeKwargsDict(new Map(Object.entries(meta.annotations)));
  }
  return fn;
}

/** Parse a compact parameter spec: ["a", "b=", "*args", "*", "c=", "**kw"]; "/" ends posonly. */
export function parseSig(name: string, spec: string[], defaults: any[] = [], qualname = name): Sig {
  const sig: Sig = { name, qualname, posonly: [], args: [], kwonly: [], ndefaults: 0, kwdefaults: {} };
  let star = false;
  let di = 0;
  const posDefaults: any[] = [];
  for (let s of spec) {
    if (s === '/') { sig.posonly = sig.args; sig.args = []; continue; }
    if (s === '*') { star = true; continue; }
    if (s.startsWith('**')) { sig.kwarg = s.slice(2); continue; }
    if (s.startsWith('*')) { sig.vararg = s.slice(1); star = true; continue; }
    const hasDef = s.endsWith('=');
    if (hasDef) s = s.slice(0, -1);
    if (star) { sig.kwonly.push(s); if (hasDef) sig.kwdefaults![s] = defaults[di++]; }
    else { sig.args.push(s); if (hasDef) { posDefaults.push(defaults[di++]); } }
  }
  sig.ndefaults = posDefaults.length;
  sig.defaults = posDefaults;
  return sig;
}

/** Expose a runtime function to Python with a signature. `impl` receives one JS argument per
 *  Python parameter (defaults filled, *args as a tuple, **kwargs as a Kw map) and `this`. */
export function pyfunc(name: string, spec: string[], impl: (...a: any[]) => any, defaults: any[] = [], qualname = name): any {
  const sig = parseSig(name, spec, defaults, qualname);
  const fill = (self: any, pos: any[], kw: Kw | undefined) => {
    const slots = bindArgs(null, sig, pos, kw);
    const n = sig.posonly.length + sig.args.length;
    const firstDefault = n - sig.ndefaults;
    const out: any[] = [];
    for (let i = 0; i < n; i++) out.push(slots[i] === undefined && i >= firstDefault ? sig.defaults![i - firstDefault] : slots[i]);
    if (sig.vararg !== undefined) out.push(tuple(slots.slice(n)));
    for (const k of sig.kwonly) {
      const v = kw?.get(k) ?? sig.kwdefaults![k];
      if (v === undefined) throw pyErr(E.TypeError, `${qualname}() missing 1 required keyword-only argument: '${k}'`);
      out.push(v);
    }
    if (sig.kwarg !== undefined) {
      const extra: Kw = new Map();
      if (kw) for (const [k, v] of kw) if (!sig.kwonly.includes(k) && !sig.args.includes(k)) extra.set(k, v);
      out.push(extra);
    }
    pendingKw = undefined; pendingFor = undefined;
    return impl.apply(self, out);
  };
  // Positional calls that bind without an error (most calls of runtime methods: call_soon,
  // create_task...) skip bindArgs and its slot arrays; anything else takes fill(), which also
  // raises CPython's errors.
  const n = sig.posonly.length + sig.args.length;
  const nReq = n - sig.ndefaults;
  const kwonlyDefaults = sig.kwonly.map((k) => sig.kwdefaults?.[k]);
  const fast = kwonlyDefaults.every((d) => d !== undefined);
  const f = function (this: any, ...pos: any[]) {
    const m = pos.length;
    if (!fast || m < nReq || (m > n && sig.vararg === undefined)) return fill(this, pos, undefined);
    // (undefined is an omitted argument: fill() puts the default there)
    for (let i = 0; i < m && i < n; i++) if (pos[i] === undefined) return fill(this, pos, undefined);
    let out: any[];
    if (m === n && sig.vararg === undefined && sig.kwonly.length === 0 && sig.kwarg === undefined) {
      out = pos;
    } else {
      out = m > n ? pos.slice(0, n) : pos;
      for (let i = m; i < n; i++) out.push(sig.defaults![i - nReq]);
      if (sig.vararg !== undefined) out.push(m > n ? tuple(pos.slice(n)) : tuple([]));
      for (const d of kwonlyDefaults) out.push(d);
      if (sig.kwarg !== undefined) out.push(new Map());
    }
    pendingKw = undefined; pendingFor = undefined;
    return impl.apply(this, out);
  } as any;
  f.$callKw = function (this: any, pos: any[], kwm: Kw) { return fill(this, pos, kwm); };
  f.$sig = sig;
  f.$name = name;
  f.$qualname = qualname;
  Object.defineProperty(f, 'name', { value: name });
  return f;
}

// ------------------------------------------------------------------ instance construction

/** Calling a class whose metaclass is a Python class goes through the metaclass's `__call__`
 *  (set by metaclass.ts); otherwise straight to constructDirect. */
let metaCall: ((C: PyClass, args: any[], kwargs?: Kw) => any) | undefined;
export function setMetaCall(f: typeof metaCall) { metaCall = f; }

function construct(C: PyClass, args: any[], kwargs?: Kw): any {
  const M = C.$metaclass;
  if (M !== undefined && M.$user === true && metaCall !== undefined) return metaCall(C, args, kwargs);
  return constructDirect(C, args, kwargs);
}

/** type.__call__: __new__ then __init__ (or the builtin type's own construction). */
export function constructDirect(C: PyClass, args: any[], kwargs?: Kw): any {
  if (C.$new) return C.$new(C, args, kwargs);
  const userNew = C.prototype.__new__;
  let obj: any;
  if (typeof userNew === 'function' && userNew.$py === 1) {
    obj = kwargs ? callKw(userNew, [C, ...args], kwargs) : userNew(C, ...args);
    if (!(obj && typeof obj === 'object' && obj.$cls && obj.$cls.$mro.includes(C))) return obj;
  } else {
    obj = allocate(C);
  }
  const init = C.prototype.__init__;
  if (typeof init === 'function') {
    if (init.$py === 1) {
      if (kwargs) callKw(init, [obj, ...args], kwargs);
      else init(obj, ...args);
    } else if (kwargs && init.$callKw) {
      init.$callKw.call(obj, args, kwargs);
    } else {
      if (kwargs && kwargs.size) throw pyErr(E.TypeError, `${C.$name}() takes no keyword arguments`);
      init.apply(obj, args);
    }
  }
  return obj;
}
setConstruct((C, args) => construct(C, args));

/** Class objects called with keywords. */
export function constructKw(C: PyClass, pos: any[], kwargs: Kw): any { return construct(C, pos, kwargs); }

// object.__init__: CPython rejects extra arguments when neither __new__ nor __init__ is overridden.
Object.defineProperty(objectClass.prototype, '__init__', {
  value: function (this: any, ...args: any[]) {
    if (args.length && this.$cls.prototype.__new__ === undefined) {
      throw pyErr(E.TypeError, `${this.$cls.$name}() takes no arguments`);
    }
  }, writable: true, configurable: true,
});

export function isCallable(v: any): boolean {
  if (typeof v === 'function') return true;
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.__call__ === 'function';
}
export { isClass };
