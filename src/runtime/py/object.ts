// The Python object model: the root object, None, classes and the builtin type shells.
// See ARCHITECTURE.md "Value model" for how Python values map to JS values.

/** Root of every Python object that is not a JS primitive or array. Its prototype has a null
 *  prototype, so no JS builtin (toString, constructor, ...) is reachable from Python. */
export class PyObject {
  declare $cls: PyClass;
}
Object.setPrototypeOf(PyObject.prototype, null);
delete (PyObject.prototype as any).constructor;

/** A Python class object: a callable JS function whose `prototype` is the class `__dict__`. */
export interface PyClass {
  (...args: any[]): any;
  prototype: any;
  $name: string;
  $qualname: string;
  $module: string;
  $bases: PyClass[];
  $mro: PyClass[];
  /** ES class used to allocate instances (layout); PyObject for plain Python classes. */
  $es: new () => any;
  /** Marks class objects (as opposed to plain functions). */
  $isclass: true;
  /** Custom construction for builtin types (int('3'), str(x), list(it)...). */
  $new?: (cls: PyClass, args: any[], kw?: Map<string, any>) => any;
  /** Class keywords/metaclass data, doc etc. */
  $meta?: any;
  $user?: boolean;
  $final?: boolean;
  [k: string]: any;
}

export class NoneType extends PyObject {}
export const None: any = new NoneType();
export class NotImplementedType extends PyObject {}
export const NotImplemented: any = new NotImplementedType();
export class EllipsisType extends PyObject {}
export const Ellipsis: any = new EllipsisType();

/** Python float: boxed so that 2.0 and 2 stay distinct. */
export class PyFloat extends PyObject {
  constructor(public v: number = 0) { super(); }
}
export function float(v: number): PyFloat { return new PyFloat(v); }

// ---------------------------------------------------------------- class construction

function makeCallable(name: string): PyClass {
  // One closure per class: calling the class object constructs an instance.
  const C = function (this: any, ...args: any[]) { return construct(C as any, args); } as any as PyClass;
  Object.defineProperty(C, 'name', { value: name });
  return C;
}

/** C3 linearization, with CPython's error message on failure. */
export function c3(cls: PyClass, bases: PyClass[]): PyClass[] {
  const seqs = bases.map(b => b.$mro.slice()).concat([bases.slice()]);
  const out: PyClass[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter(s => s.length);
    if (!nonEmpty.length) return out;
    let cand: PyClass | undefined;
    for (const s of nonEmpty) {
      const c = s[0];
      if (!nonEmpty.some(t => t.indexOf(c) > 0)) { cand = c; break; }
    }
    if (!cand) {
      const names = [...new Set(nonEmpty.map(s => s[0].$name))].join(', ');
      throw mroError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}
let mroError: (msg: string) => any = (m) => new Error(m);
export function setMroErrorFactory(f: (msg: string) => any) { mroError = f; }

/** Build the prototype chain so that it follows the MRO. Single inheritance is the plain JS
 *  chain; for multiple inheritance each extra base's own dict is copied into a link. */
function linkPrototype(C: PyClass, dict: any) {
  const mro = C.$mro;
  if (mro.length === 1) { C.prototype = dict; return; }
  // Keep the longest MRO suffix that already is a JS chain (so `instanceof PyObject` and the ES
  // layouts keep holding); each class before it gets a link holding a copy of its own dict.
  let j = 1;
  while (j < mro.length - 1 && !chainMatches(mro.slice(j))) j++;
  let p: any = mro[j].prototype;
  for (let i = j - 1; i >= 1; i--) {
    const link = Object.create(p);
    const own = mro[i].prototype;
    for (const key of Reflect.ownKeys(own)) {
      Object.defineProperty(link, key, Object.getOwnPropertyDescriptor(own, key)!);
    }
    p = link;
  }
  Object.setPrototypeOf(dict, p);
  C.prototype = dict;
}
function chainMatches(mro: PyClass[]): boolean {
  let p = mro[0].prototype;
  for (let i = 1; i < mro.length; i++) {
    p = Object.getPrototypeOf(p);
    if (p !== mro[i].prototype) return false;
  }
  return true;
}

export interface NativeClassSpec {
  name: string;
  module?: string;
  bases?: PyClass[];
  es?: new () => any;
  new?: (cls: PyClass, args: any[], kw?: Map<string, any>) => any;
  /** Methods and attributes for the class dict (this-based functions). */
  dict?: Record<string, any>;
}

/** Wrap a runtime (TS) type as a Python class object. */
export function nativeClass(spec: NativeClassSpec): PyClass {
  const C = makeCallable(spec.name);
  const bases = spec.bases ?? (objectClass ? [objectClass] : []);
  C.$name = spec.name;
  C.$qualname = spec.name;
  C.$module = spec.module ?? 'builtins';
  C.$bases = bases;
  C.$isclass = true;
  C.$es = spec.es ?? (bases[0]?.$es ?? PyObject);
  if (spec.new) C.$new = spec.new;
  C.$mro = bases.length ? [C, ...c3Simple(bases)] : [C];
  // An ES class prototype not yet claimed by another class *is* the class dict (its JS chain
  // already follows the bases); otherwise the class gets a fresh dict linked along its MRO.
  const esProto = spec.es?.prototype;
  if (esProto && !Object.prototype.hasOwnProperty.call(esProto, '$cls')) {
    C.prototype = esProto;
    // An ES class written straight on PyObject whose Python bases are mixin classes (ChainMap on
    // MutableMapping...): put the bases' dicts into its chain so the mixin methods are found.
    if (Object.getPrototypeOf(esProto) === PyObject.prototype && bases.length && bases[0].prototype !== PyObject.prototype) {
      linkPrototype(C, esProto);
    }
  } else {
    linkPrototype(C, Object.create(null));
  }
  Object.defineProperty(C.prototype, '$cls', { value: C, writable: true, configurable: true });
  if (spec.dict) defineMethods(C, spec.dict);
  return C;
}
function c3Simple(bases: PyClass[]): PyClass[] {
  if (bases.length === 1) return bases[0].$mro.slice();
  return c3({ $name: '?' } as any, bases).slice(1);
}

/** Add this-based runtime methods/attributes to a class dict (non-enumerable). */
export function defineMethods(C: PyClass, methods: Record<string, any>) {
  for (const k of Object.keys(methods)) {
    const d = Object.getOwnPropertyDescriptor(methods, k)!;
    Object.defineProperty(C.prototype, k, { ...d, enumerable: false, configurable: true });
  }
}

/** Create a Python class from a class statement. `ns` holds the executed class body. */
export function createClass(name: string, bases: PyClass[], ns: Record<string, any>, meta: any): PyClass {
  const C = makeCallable(name);
  C.$name = name;
  C.$qualname = meta?.qualname ?? name;
  C.$module = meta?.module ?? '__main__';
  C.$bases = bases.length ? bases : [objectClass];
  C.$isclass = true;
  C.$user = true;
  C.$meta = meta;
  C.$mro = c3(C, C.$bases);
  // Allocation layout: the most derived non-object ES class among the bases.
  let es: any = PyObject;
  for (const b of C.$bases) {
    if (b.$es !== PyObject) {
      if (es !== PyObject && es !== b.$es && !(b.$es.prototype instanceof es) && !(es.prototype instanceof b.$es)) {
        throw layoutError('multiple bases have instance lay-out conflict');
      }
      if (es === PyObject || b.$es.prototype instanceof es) es = b.$es;
    }
  }
  C.$es = es;
  const dict = Object.create(null);
  for (const k of Object.keys(ns)) {
    const d = Object.getOwnPropertyDescriptor(ns, k)!;
    Object.defineProperty(dict, k, { ...d, enumerable: true, configurable: true, writable: d.writable ?? true });
  }
  linkPrototype(C, dict);
  Object.defineProperty(C.prototype, '$cls', { value: C, writable: true, configurable: true });
  inheritNew(C);
  return C;
}

/** A subclass of a builtin type with custom construction (int, float, namedtuple, type...) keeps
 *  that construction: its `$new` runs the user's `__new__`/`__init__` around the base's `$new`.
 *  `$new`s set by runtime hooks on user classes (abstract classes) are not inherited. */
function inheritNew(C: PyClass) {
  for (let i = 1; i < C.$mro.length; i++) {
    const k = C.$mro[i];
    if (!Object.prototype.hasOwnProperty.call(k, '$new')) continue;
    const nw: any = k.$new;
    if (nw.$inheritable) C.$new = nw;
    // A builtin with its own __init__ (dict, list...) is built by allocation + __init__ instead.
    else if (!k.$user && makeSubclassNew && (k.prototype.__init__ === objectClass.prototype.__init__ || k === typeClass)) C.$new = makeSubclassNew(nw);
    return;
  }
}
let makeSubclassNew: ((base: NonNullable<PyClass['$new']>) => NonNullable<PyClass['$new']>) | undefined;
export function setSubclassNewFactory(f: typeof makeSubclassNew) { makeSubclassNew = f; }
let layoutError: (msg: string) => any = (m) => new Error(m);
export function setLayoutErrorFactory(f: (msg: string) => any) { layoutError = f; }

/** Allocate an instance of C without running __init__. */
export function allocate(C: PyClass): any {
  const es = C.$es;
  if (es === PyObject) {
    // A list subclass instance is a JS array carrying its class, like namedtuples (see typeOf).
    if (C.$mro.includes(listClass)) return Object.defineProperty([], '$nt', { value: C, writable: true, configurable: true });
    return Object.create(C.prototype);
  }
  return Reflect.construct(es, [], C);
}

// construct() is provided by call.ts (it needs __init__ dispatch); set at start-up.
let construct: (C: PyClass, args: any[]) => any = () => { throw new Error('runtime not initialised'); };
export function setConstruct(f: (C: PyClass, args: any[]) => any) { construct = f; }

// ---------------------------------------------------------------- builtin type shells

export let objectClass: PyClass = undefined as any;
objectClass = nativeClass({ name: 'object', bases: [], es: PyObject });
// object's dict is PyObject.prototype itself (null-prototype root).
objectClass.prototype = PyObject.prototype;
Object.defineProperty(PyObject.prototype, '$cls', { value: objectClass, writable: true, configurable: true });
objectClass.$mro = [objectClass];

export const typeClass = nativeClass({ name: 'type' });
export const intClass = nativeClass({ name: 'int' });
export const boolClass = nativeClass({ name: 'bool', bases: [intClass] });
export const floatClass = nativeClass({ name: 'float', es: PyFloat });
export const strClass = nativeClass({ name: 'str' });
export const listClass = nativeClass({ name: 'list' });
export const tupleClass = nativeClass({ name: 'tuple' });
export const noneTypeClass = nativeClass({ name: 'NoneType', es: NoneType });
export const notImplementedClass = nativeClass({ name: 'NotImplementedType', es: NotImplementedType });
export const ellipsisClass = nativeClass({ name: 'ellipsis', es: EllipsisType });
export const functionClass = nativeClass({ name: 'function' });
export const builtinFunctionClass = nativeClass({ name: 'builtin_function_or_method' });
export const methodClass = nativeClass({ name: 'method' });
export const moduleClass = nativeClass({ name: 'module' });

// ---------------------------------------------------------------- type of a value

export function isClass(v: any): v is PyClass {
  return typeof v === 'function' && v.$isclass === true;
}

/** type(v) for every JS representation of a Python value. */
export function typeOf(v: any): PyClass {
  switch (typeof v) {
    case 'number': case 'bigint': return intClass;
    case 'string': return strClass;
    case 'boolean': return boolClass;
    case 'function':
      if (v.$isclass === true) return v.$metaclass ?? typeClass;
      if (v.$py === 1) return functionClass;
      if (v.$bound !== undefined) return methodClass;
      return builtinFunctionClass;
    case 'object':
      if (Array.isArray(v)) return (v as any).$nt ?? ((v as any).$t === true ? tupleClass : listClass);
      if (v === null) throw new Error('internal: null is not a Python value');
      return v.$cls ?? objectClass;
    default:
      throw new Error(`internal: ${String(v)} is not a Python value`);
  }
}
export function typeName(v: any): string { return typeOf(v).$name; }

export function isSubclass(C: PyClass, B: PyClass): boolean {
  if (C === B) return true;
  return C.$mro.includes(B);
}
export function isInstance(v: any, C: PyClass): boolean {
  if (C === objectClass) return true;
  if (C === intClass) return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || (typeof v === 'object' && isSubclass(typeOf(v), C));
  if (C === strClass && typeof v === 'string') return true;
  return isSubclass(typeOf(v), C);
}

export function tuple(items: any[]): any[] { (items as any).$t = true; return items; }
export function isTuple(v: any): boolean { return Array.isArray(v) && (v as any).$t === true; }
export function isList(v: any): boolean { return Array.isArray(v) && (v as any).$t !== true; }
