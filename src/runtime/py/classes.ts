// The `class` statement: pick the metaclass, run the body into a namespace, then build the class
// object (what type.__new__ does), then __set_name__ and __init_subclass__ with the class keywords.
// Classes whose metaclass is a Python class go through metaclass.ts (__prepare__, the metaclass's
// __new__/__init__/__call__).
import { createClass, PyClass, None, isClass, typeName, typeClass, typeOf } from './object';
import { E, pyErr } from './exceptions';
import { installAccessors, ClassMethod } from './descriptors';
import { callMethod, bindMethod } from './attrs';
import { Kw, toKw, callKw } from './call';

export interface ClassMeta {
  qualname?: string;
  module?: string;
  keywords?: Kw | Record<string, any>;
  doc?: any;
  firstlineno?: number;
  /** Fills the `__class__` cell of methods using super() / __class__, as soon as the class exists. */
  classcell?: (cls: PyClass) => void;
}

/** Hooks run after a class is created, for runtime base classes that need them (enum, NamedTuple...). */
type ClassHook = (C: PyClass, meta: ClassMeta) => PyClass | void;

export function makeClass(name: string, bases: any[], body: (ns: any) => void, meta: ClassMeta = {}): PyClass {
  for (const b of bases) {
    if (!isClass(b)) throw pyErr(E.TypeError, b?.$isclass === undefined && typeof b === 'function'
      ? 'function() argument \'code\' must be code, not str' : `bases must be types, not ${typeName(b)}`);
    if (b.$final) throw pyErr(E.TypeError, `type '${b.$name}' is not an acceptable base type`);
  }
  const kw: Kw = new Map(toKw(meta.keywords) ?? []);
  const explicit = kw.get('metaclass');
  kw.delete('metaclass');
  let M: any = explicit ?? (bases.length ? typeOf(bases[0]) : typeClass);
  if (isClass(M)) M = winnerMetaclass(M, bases);
  if (!isClass(M) || M.$user === true) return metaclassBuild(name, bases, body, meta, M, kw);
  const ns: any = Object.create(null);
  ns.__module__ = meta.module ?? '__main__';
  ns.__qualname__ = meta.qualname ?? name;
  body(ns);
  return buildClass(name, bases, ns, meta, kw, M === typeClass ? undefined : M);
}

/** CPython's _PyType_CalculateMetaclass: the most derived of `M` and the bases' metaclasses. */
export function winnerMetaclass(M: PyClass, bases: PyClass[]): PyClass {
  let winner = M;
  for (const b of bases) {
    const t = typeOf(b);
    if (winner === t || winner.$mro.includes(t)) continue;
    if (t.$mro.includes(winner)) { winner = t; continue; }
    if (winner.$user || t.$user) {
      throw pyErr(E.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    }
  }
  return winner;
}

/**
 * type.__new__'s work once the body has run: `ns` is a null-prototype object holding the class
 * dict in order (`__qualname__` included); `kw` the class keywords for __init_subclass__.
 */
export function buildClass(name: string, bases: PyClass[], ns: any, meta: ClassMeta, kw: Kw, metaclass?: PyClass): PyClass {
  if (ns.__getattribute__ !== undefined) {
    throw pyErr(E.NotImplementedError, `class ${name}: overriding __getattribute__ is not supported yet`);
  }
  if (ns.__eq__ !== undefined && !('__hash__' in ns)) ns.__hash__ = None;
  const qualname = ns.__qualname__ ?? name;
  if (typeof qualname !== 'string') throw pyErr(E.TypeError, `type __qualname__ must be a str, not ${typeName(qualname)}`);
  delete ns.__qualname__;
  for (const k of ['__init_subclass__', '__class_getitem__']) {
    if (typeof ns[k] === 'function' && ns[k].$py === 1) ns[k] = new ClassMethod(ns[k]);
  }
  let C = createClass(name, bases, ns, { ...meta, qualname, doc: ns.__doc__ });
  if (metaclass !== undefined) C.$metaclass = metaclass;
  installAccessors(C);
  meta.classcell?.(C);
  // __set_name__ on descriptors
  for (const k of Object.keys(ns)) {
    const v = ns[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && v.__set_name__ !== undefined) callMethod(v, '__set_name__', C, k);
  }
  // Runtime hooks of a base (Enum, ABC...) or else of the metaclass (metaclass=ABCMeta, or a
  // Python subclass of it); then the parent's __init_subclass__.
  let hook: ClassHook | undefined = C.$mro.slice(1).find((B) => B.$onSubclass !== undefined)?.$onSubclass;
  hook ??= metaclass?.$mro.find((M) => M.$onClass !== undefined)?.$onClass;
  if (hook) {
    const r = hook(C, meta);
    if (r && r !== C) { C = r; meta.classcell?.(C); }
    if (metaclass?.$user) C.$metaclass = metaclass;
  }
  initSubclass(C, kw);
  return C;
}

/** `super(C, C).__init_subclass__(**kw)`; object's takes no keywords. */
function initSubclass(C: PyClass, kw: Kw): void {
  for (const B of C.$mro.slice(1)) {
    const d = Object.getOwnPropertyDescriptor(B.prototype, '__init_subclass__');
    if (!d) continue;
    const v = d.value;
    if (v instanceof ClassMethod) { callKw(bindMethod(v.__func__, C), [], kw); return; }
    if (typeof v === 'function' && v.$py !== 1) {
      if (kw.size) throw pyErr(E.TypeError, `${C.$qualname}.__init_subclass__() takes no keyword arguments`);
      v.call(C);
      return;
    }
    if (v !== undefined) { callKw(v, [C], kw); return; }
  }
}

/** Set by metaclass.ts (which needs this file): the class statement for Python metaclasses. */
let metaclassBuild: (name: string, bases: PyClass[], body: (ns: any) => void, meta: ClassMeta, M: any, kw: Kw) => any =
  () => { throw new Error('metaclass support not wired'); };
export function setMetaclassBuild(f: typeof metaclassBuild) { metaclassBuild = f; }

/** Zero-argument `super()`: `cls` is the __class__ cell, `obj` the function's first argument. */
export function superCall(cls: any, obj: any) {
  if (cls === undefined) throw pyErr(E.RuntimeError, 'super(): empty __class__ cell');
  if (obj === undefined) throw pyErr(E.RuntimeError, 'super(): no arguments');
  return require('./descriptors').makeSuper(cls, obj);
}
