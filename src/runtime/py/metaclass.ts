// Metaclasses written in Python (`class M(type)` with __prepare__/__new__/__init__/__call__),
// type.__new__ / type.__init__ / type.__call__ / type.__prepare__, and object.__new__.
//
// A class statement whose metaclass is a Python class runs as CPython's __build_class__:
// ns = M.__prepare__(name, bases, **kw); the body fills ns (through a Proxy when ns is a mapping
// object); then M(name, bases, ns, **kw), i.e. M.__new__ then M.__init__. type.__new__ builds
// the class with classes.ts's buildClass.
import { PyClass, None, isClass, typeName, typeClass, typeOf, objectClass, tuple, allocate, isTuple } from './object';
import { E, pyErr } from './exceptions';
import { ClassMethod } from './descriptors';
import { classLookup, bindMethod, getattr } from './attrs';
import { Kw, callKw, constructDirect, setMetaCall, pyfunc } from './call';
import { getitem, setitem, delitem, contains } from './protocols';
import { PyDict } from './dict';
import { dictClass } from './dictMethods';
import { PyCell } from './funcAttrs';
import { buildClass, winnerMetaclass, setMetaclassBuild, ClassMeta } from './classes';

/** The class body's `ns` for a mapping returned by __prepare__: reads and writes go to it. */
function nsProxy(mapping: any): any {
  const key = (k: string | symbol): k is string => typeof k === 'string' && !k.startsWith('$');
  const exact = mapping instanceof PyDict && typeOf(mapping) === dictClass; // subclasses: __getitem__/__missing__
  const read = (k: string) => {
    if (exact) return mapping.$get(k);
    try { return getitem(mapping, k); } catch (e: any) { if (e?.$cls?.$mro.includes(E.KeyError)) return undefined; throw e; }
  };
  return new Proxy(Object.create(null), {
    get: (_t, k) => key(k) ? read(k) : undefined,
    set: (_t, k, v) => { if (key(k)) setitem(mapping, k, v); return true; },
    has: (_t, k) => key(k) && contains(mapping, k),
    deleteProperty: (_t, k) => { if (key(k)) delitem(mapping, k); return true; },
    getOwnPropertyDescriptor: (_t, k) => key(k) && contains(mapping, k)
      ? { value: read(k), writable: true, enumerable: true, configurable: true } : undefined,
  });
}

function metaclassBuild(name: string, bases: PyClass[], body: (ns: any) => void, meta: ClassMeta, M: any, kw: Kw): any {
  const basesT = tuple(bases.slice());
  let mapping: any;
  if (isClass(M)) {
    mapping = callKw(getattr(M, '__prepare__'), [name, basesT], kw);
    if (!(mapping instanceof PyDict) && classLookup(typeOf(mapping), '__getitem__') === undefined) {
      throw pyErr(E.TypeError, `${M.$name}.__prepare__() must return a mapping, not ${typeName(mapping)}`);
    }
  } else mapping = new PyDict();
  const ns = nsProxy(mapping);
  ns.__module__ = meta.module ?? '__main__';
  ns.__qualname__ = meta.qualname ?? name;
  body(ns);
  let cell: PyCell | undefined;
  if (meta.classcell) {
    let cls: any;
    cell = new PyCell(() => cls);
    cell.$fill = (C: PyClass) => { cls = C; meta.classcell!(C); };
    ns.__classcell__ = cell;
  }
  const C = callKw(M, [name, basesT, mapping], kw);
  if (cell && isClass(C) && cell.$get() !== C) {
    throw pyErr(E.RuntimeError, `__class__ set to ${cell.$get() === undefined ? '<empty>' : `<class '${cell.$get().$qualname}'>`} defining '${name}' as <class '${C.$qualname}'>`);
  }
  return C;
}
setMetaclassBuild(metaclassBuild);

/** type(x) / type(name, bases, dict, **kw) / type.__new__(mcs, name, bases, dict, **kw). */
export function typeNew(cls: PyClass, args: any[], kw?: Kw): any {
  if (cls === typeClass && args.length === 1 && !(kw && kw.size)) return typeOf(args[0]);
  if (args.length !== 3) throw pyErr(E.TypeError, 'type() takes 1 or 3 arguments');
  const [name, bases, dict] = args;
  if (typeof name !== 'string') throw pyErr(E.TypeError, `type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (!isTuple(bases)) throw pyErr(E.TypeError, `type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!(dict instanceof PyDict)) throw pyErr(E.TypeError, `type.__new__() argument 3 must be dict, not ${typeName(dict)}`);
  const ns: any = Object.create(null);
  for (const [k, v] of dict.$entries()) {
    if (typeof k !== 'string') throw pyErr(E.TypeError, 'keywords must be strings');
    ns[k] = v;
  }
  const cell = ns.__classcell__;
  delete ns.__classcell__;
  if (ns.__module__ === undefined) ns.__module__ = '__main__';
  const realBases: PyClass[] = bases.length ? bases : [objectClass];
  for (const b of realBases) if (!isClass(b)) throw pyErr(E.TypeError, `bases must be types, not ${typeName(b)}`);
  const M = winnerMetaclass(cls, realBases);
  const meta: ClassMeta = { module: ns.__module__, classcell: cell instanceof PyCell ? cell.$fill : undefined };
  return buildClass(name, realBases, ns, meta, kw ?? new Map(), M === typeClass ? undefined : M);
}

/** type.__call__: the class's own construction (`super().__call__(...)` in a metaclass). */
const typeCall: any = function (this: PyClass, ...args: any[]) { return constructDirect(this, args); };
typeCall.$callKw = function (this: PyClass, pos: any[], kw: Kw) { return constructDirect(this, pos, kw); };

function typeInit(this: PyClass, ...args: any[]) {
  if (args.length !== 1 && args.length !== 3) throw pyErr(E.TypeError, 'type.__init__() takes 1 or 3 arguments');
  return None;
}
(typeInit as any).$callKw = function (this: PyClass, pos: any[], kw: Kw) {
  if (pos.length === 1 && kw.size) throw pyErr(E.TypeError, 'type.__init__() takes no keyword arguments');
  return typeInit.apply(this, pos);
};

const define = (C: PyClass, name: string, value: any) =>
  Object.defineProperty(C.prototype, name, { value, writable: true, configurable: true, enumerable: false });
define(typeClass, '__call__', typeCall);
define(typeClass, '__init__', typeInit);
define(typeClass, '__prepare__', new ClassMethod(pyfunc('__prepare__', ['name', 'bases', '**kwds'], () => new PyDict(), [], 'type.__prepare__')));

// A class whose metaclass is a Python class: the metaclass's __call__ runs unless it is type's.
setMetaCall((C, args, kw) => {
  const f = classLookup(C.$metaclass, '__call__');
  if (f === typeCall || f === undefined) return constructDirect(C, args, kw);
  return callKw(bindMethod(f, C), args, kw ?? new Map());
});

/** object.__new__(cls, *args): a fresh instance; extra arguments only when __init__ takes them. */
export const objectNew: any = (cls: any, ...args: any[]) => objectNewImpl(cls, args, undefined);
objectNew.$py = 1; objectNew.$name = '__new__'; objectNew.$qualname = 'object.__new__'; objectNew.$module = 'builtins';
objectNew.$callKw = (pos: any[], kw: Kw) => objectNewImpl(pos[0], pos.slice(1), kw);
function objectNewImpl(cls: any, args: any[], kw: Kw | undefined): any {
  if (cls === undefined) throw pyErr(E.TypeError, "object.__new__(): not enough arguments");
  if (!isClass(cls)) throw pyErr(E.TypeError, `object.__new__(X): X is not a type object (${typeName(cls)})`);
  if (args.length || (kw && kw.size)) {
    if (classLookup(cls, '__new__') !== undefined) throw pyErr(E.TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (classLookup(cls, '__init__') === objectClass.prototype.__init__) throw pyErr(E.TypeError, `${cls.$name}() takes no arguments`);
  }
  if (cls.$new !== undefined && !cls.$user) throw pyErr(E.TypeError, `object.__new__(${cls.$name}) is not safe, use ${cls.$name}.__new__()`);
  return allocate(cls);
}
