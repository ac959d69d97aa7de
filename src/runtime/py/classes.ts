// The `class` statement: run the body into a namespace, then build the class object.
import { createClass, PyClass, None, isClass, typeName } from './object';
import { E, pyErr } from './exceptions';
import { installAccessors } from './descriptors';
import { callMethod } from './attrs';
import { Kw } from './call';

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
  const ns: any = Object.create(null);
  ns.__module__ = meta.module ?? '__main__';
  ns.__qualname__ = meta.qualname ?? name;
  body(ns);
  if (ns.__getattribute__ !== undefined) {
    throw pyErr(E.NotImplementedError, `class ${name}: overriding __getattribute__ is not supported yet`);
  }
  if (ns.__eq__ !== undefined && !('__hash__' in ns)) ns.__hash__ = None;
  const qualname = ns.__qualname__;
  delete ns.__qualname__;
  if (typeof ns.__init_subclass__ === 'function' && ns.__init_subclass__.$py === 1) {
    ns.__init_subclass__ = wrapClassmethod(ns.__init_subclass__);
  }
  if (typeof ns.__class_getitem__ === 'function' && ns.__class_getitem__.$py === 1) {
    ns.__class_getitem__ = wrapClassmethod(ns.__class_getitem__);
  }
  let C = createClass(name, bases, ns, { ...meta, qualname, doc: ns.__doc__ });
  installAccessors(C);
  meta.classcell?.(C);
  // __set_name__ on descriptors
  for (const k of Object.keys(ns)) {
    const v = ns[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && v.__set_name__ !== undefined) callMethod(v, '__set_name__', C, k);
  }
  // Runtime hooks (e.g. Enum), then the parent's __init_subclass__.
  for (const B of C.$mro.slice(1)) {
    const hook: ClassHook | undefined = (B as any).$onSubclass;
    if (hook) { const r = hook(C, meta); if (r && r !== C) { C = r; meta.classcell?.(C); } break; }
  }
  const parent = C.$mro[1];
  const isc = parent?.prototype.__init_subclass__;
  if (typeof isc === 'function' && isc.$classmethodOf) isc.$classmethodOf(C);
  return C;
}

function wrapClassmethod(f: any) {
  // Stored as a plain function marked so that lookups bind the class (implicit classmethod).
  const { ClassMethod } = require('./descriptors');
  return new ClassMethod(f);
}

/** Zero-argument `super()`: `cls` is the __class__ cell, `obj` the function's first argument. */
export function superCall(cls: any, obj: any) {
  if (cls === undefined) throw pyErr(E.RuntimeError, 'super(): empty __class__ cell');
  if (obj === undefined) throw pyErr(E.RuntimeError, 'super(): no arguments');
  return require('./descriptors').makeSuper(cls, obj);
}
