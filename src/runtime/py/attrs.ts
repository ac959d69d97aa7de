// Attribute access with Python semantics: method binding, descriptors, __getattr__, and
// CPython's AttributeError messages.
import { typeOf, isClass, PyClass, PyObject, None, typeName, moduleClass, typeClass } from './object';
import { funcAttr } from './funcAttrs';
import { E, raiseErr, quietly, isPyException } from './exceptions';
import { noteFailedMethodLookup } from './traceback';
import { call, callKw, Kw, toKw } from './call';

const hasOwn = Object.prototype.hasOwnProperty;

/** JS property name for a Python attribute name. */
export function mangle(name: string): string {
  return name === 'constructor' || name === '__proto__' ? 'py$' + name : name;
}

/** A method bound to an instance. Translated functions take self first; runtime ones use this. */
export function bindMethod(f: any, self: any): any {
  const py = f.$py === 1;
  const m: any = py ? (...a: any[]) => f(self, ...a) : (...a: any[]) => f.apply(self, a);
  m.$bound = self;
  m.$func = f;
  m.$callKw = (pos: any[], kw: Kw) => py ? callKw(f, [self, ...pos], kw)
    : f.$callKw ? f.$callKw.call(self, pos, kw)
      : kw.size ? noKeywords(f, self) : m(...pos);
  return m;
}

/** CPython's error for keywords passed to a runtime method that takes none. */
function noKeywords(f: any, self: any): never {
  const q = f.$qualname ?? `${isClass(self) ? self.$name : typeName(self)}.${f.$name ?? f.name}`;
  throw raiseErr(E.TypeError, `${q}() takes no keyword arguments`);
}

/** Look a name up along a class's MRO, returning the raw class-dict value (no binding). */
export function classLookup(C: PyClass, name: string): any {
  for (const k of C.$mro) {
    const d = Object.getOwnPropertyDescriptor(k.prototype, name);
    if (d) return d.get ? (d.get as any).$property ?? d.get : d.value;
  }
  return undefined;
}

function descrGet(v: any, obj: any, cls: PyClass): any {
  const g = v.__get__;
  if (typeof g === 'function') return g.$py === 1 ? g(v, obj, cls) : g.call(v, obj, cls);
  return v;
}

export function getattr(o: any, name: string): any {
  const t = typeof o;
  if (t === 'object' && !Array.isArray(o)) {
    if (o.$getattr !== undefined) return o.$getattr(name);
    const v = o[name];
    if (v !== undefined) {
      if (typeof v === 'function') {
        if (v.$isclass !== true && v.$bound === undefined && !hasOwn.call(o, name)) return bindMethod(v, o);
        return v;
      }
      if (typeof v === 'object' && !Array.isArray(v) && v.__get__ !== undefined && !hasOwn.call(o, name)) {
        return descrGet(v, o, o.$cls);
      }
      return v;
    }
    return missing(o, name);
  }
  if (t === 'function') return o.$isclass === true ? classAttr(o, name) : funcAttr(o, name);
  return primitiveAttr(o, name);
}

/** Attributes of arrays (list, tuple, namedtuple...) and JS primitives: the class dict only. */
function primitiveAttr(o: any, name: string): any {
  const C = typeOf(o);
  const v = Reflect.get(C.prototype, name, o);
  const own = o.$attrs; // the instance dict of a list/tuple subclass instance
  if (own !== undefined && hasOwn.call(own, name) && !(v && typeof v === 'object' && v.__set__ !== undefined)) return own[name];
  if (v === undefined) return missing(o, name);
  if (typeof v === 'function') return v.$isclass !== true ? bindMethod(v, o) : v;
  if (typeof v === 'object' && !Array.isArray(v) && v.__get__ !== undefined) return descrGet(v, o, C);
  return v;
}
/** getattr(o, name, default) */
export function getattrDefault(o: any, name: string, dflt: any): any {
  try { return quietly(() => getattr(o, name)); } catch (e: any) {
    if (e && e.$cls && e.$cls.$mro.includes(E.AttributeError)) return dflt;
    throw e;
  }
}

export function hasattr(o: any, name: string): boolean {
  return getattrDefault(o, name, undefined) !== undefined;
}

function missing(o: any, name: string): any {
  if (typeof o === 'object' && !Array.isArray(o)) {
    const ga = o.__getattr__;
    if (typeof ga === 'function') return ga.$py === 1 ? ga(o, name) : ga.call(o, name);
  }
  throw attributeError(o, name);
}

export function attributeError(o: any, name: string) {
  if (name === 'py$constructor' || name === 'py$__proto__') name = name.slice(3);
  let msg: string;
  if (isClass(o)) msg = `type object '${o.$name}' has no attribute '${name}'`;
  else if (typeof o === 'object' && !Array.isArray(o) && o.$cls === moduleClass) msg = `module '${o.__name__}' has no attribute '${name}'`;
  else msg = `'${typeName(o)}' object has no attribute '${name}'`;
  const e = raiseErr(E.AttributeError, msg);
  e.name = name; e.obj = o;
  return e;
}

const CLASS_ATTRS: Record<string, (C: PyClass) => any> = {
  __proto__: null as any,
  __name__: C => C.$name,
  __qualname__: C => C.$qualname,
  __module__: C => C.$module,
  __mro__: C => tupleOf(C.$mro),
  __bases__: C => tupleOf(C.$bases),
  __base__: C => C.$bases[0] ?? None,
  __class__: C => typeOf(C),
  __dict__: C => dictSnapshot(C.prototype),
  __doc__: C => {
    const d = Object.getOwnPropertyDescriptor(C.prototype, '__doc__');
    return d && 'value' in d ? d.value : C.$meta?.doc ?? None;
  },
};
export function tupleOf(a: any[]) { const t = a.slice(); (t as any).$t = true; return t; }

function classAttr(C: PyClass, name: string): any {
  const special = CLASS_ATTRS[name];
  if (special && !(name === '__module__' && C.$user && hasOwn.call(C.prototype, '__module__'))) return special(C);
  const v = classLookup(C, name);
  if (v === undefined && name === '__new__') return require('./metaclass').objectNew;
  if (v === undefined) {
    const meta = (C as any).$metaclass ?? typeClass;
    if (meta) {
      const mv = classLookup(meta, name);
      if (typeof mv === 'function') return mv.$isclass === true ? mv : bindMethod(mv, C);
      if (mv !== null && typeof mv === 'object' && !Array.isArray(mv) && mv.__get__ !== undefined) return descrGet(mv, C, meta);
      if (mv !== undefined) return mv;
    }
    if (name === '__doc__') return C.$meta?.doc ?? None;
    if (name === '__dict__') return dictSnapshot(C.prototype);
    throw attributeError(C, name);
  }
  if (typeof v === 'function') {
    if (v.$py === 1 || v.$isclass === true || v.$bound !== undefined) return v;
    return require('./descriptors').getsetDescriptor(C, name) ?? unboundNative(v, name, C);
  }
  if (typeof v === 'object' && !Array.isArray(v) && v.__get__ !== undefined) return descrGet(v, None, C);
  return v;
}

/** A runtime (this-based) method fetched from its class: callable with self first. */
function unboundNative(f: any, name: string, C: PyClass): any {
  if (f.$unbound) return f.$unbound;
  const u: any = (self: any, ...a: any[]) => f.apply(self, a);
  u.$name = name; u.$qualname = `${C.$name}.${name}`; u.$descriptorOf = C;
  u.$callKw = (pos: any[], kw: Kw) => f.$callKw ? f.$callKw.call(pos[0], pos.slice(1), kw)
    : kw.size ? noKeywords({ $qualname: u.$qualname }, C) : u(...pos);
  Object.defineProperty(f, '$unbound', { value: u });
  return u;
}


export function setattr(o: any, name: string, v: any): void {
  if (typeof o === 'object' && !Array.isArray(o) && o instanceof PyObject) {
    const sa = (o as any).__setattr__;
    if (typeof sa === 'function' && sa.$py === 1) { sa(o, name, v); return; }
    if (o.$cls === moduleClass) { o[name] = v; return; }
    try { o[name] = v; } catch (e) {
      if (e instanceof TypeError) throw raiseErr(E.AttributeError, `property '${name}' of '${typeName(o)}' object has no setter`);
      throw e;
    }
    return;
  }
  if (typeof o === 'function') {
    if (o.$isclass === true) {
      if (o.$onSetattr !== undefined) o.$onSetattr(name); // a metaclass guard (enum members)
      const d = Object.getOwnPropertyDescriptor(o.prototype, name);
      if (d && !d.writable && !d.set) throw raiseErr(E.TypeError, `cannot set '${name}' attribute of immutable type '${o.$name}'`);
      Object.defineProperty(o.prototype, name, { value: v, writable: true, enumerable: true, configurable: true });
      return;
    }
    if (name === '__name__') { o.$name = v; return; }
    if (name === '__qualname__') { o.$qualname = v; return; }
    if (name === '__doc__') { o.$doc = v; return; }
    if (name === '__module__') { o.$module = v; return; }
    (o.$attrs ??= Object.create(null))[name] = v;
    return;
  }
  // Tuples, lists (and their subclasses) and primitives: a data descriptor of the type, else the
  // instance dict that Python-level subclasses of list/tuple have.
  const C = typeOf(o);
  const d = classLookup(C, name);
  if (d !== null && typeof d === 'object' && !Array.isArray(d) && d.__set__ !== undefined) { callMethod(d, '__set__', o, v); return; }
  for (const k of C.$mro) {
    const pd = Object.getOwnPropertyDescriptor(k.prototype, name);
    if (pd?.get && !pd.set) throw raiseErr(E.AttributeError, `attribute '${name}' of '${k.$name}' objects is not writable`);
    if (pd) break;
  }
  if (Array.isArray(o) && C.$mro.some(k => k.$user && !hasOwn.call(k.prototype, '__slots__'))) {
    if (!hasOwn.call(o, '$attrs')) Object.defineProperty(o, '$attrs', { value: Object.create(null), configurable: true });
    (o as any).$attrs[name] = v;
    return;
  }
  if (d !== undefined) throw raiseErr(E.AttributeError, `'${typeName(o)}' object attribute '${name}' is read-only`);
  throw raiseErr(E.AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
}

/** A dict holding the Python-visible own entries of an instance or class dict (a copy: CPython's
 *  `__dict__` is live, writes through it are not seen). Properties appear as property objects. */
export function dictSnapshot(o: any): any {
  if (Array.isArray(o)) o = (o as any).$attrs ?? Object.create(null);
  const pairs: any[][] = [];
  for (const k of Object.getOwnPropertyNames(o)) {
    if (k.startsWith('$')) continue;
    const d = Object.getOwnPropertyDescriptor(o, k)!;
    const v = d.get ? (d.get as any).$property ?? d.get : d.value;
    if (v !== undefined) pairs.push([k.startsWith('py$') ? k.slice(3) : k, v]);
  }
  return require('./dict').dict(pairs);
}

export function delattr(o: any, name: string): void {
  if (typeof o === 'object' && !Array.isArray(o) && !hasOwn.call(o, name) && o instanceof PyObject) {
    // A data descriptor on the class: property deleter or __delete__.
    for (let p = Object.getPrototypeOf(o); p; p = Object.getPrototypeOf(p)) {
      const d = Object.getOwnPropertyDescriptor(p, name);
      if (!d) continue;
      const prop = (d.get as any)?.$property;
      if (prop) {
        if (prop.fdel === None) throw raiseErr(E.AttributeError, `property '${name}' of '${typeName(o)}' object has no deleter`);
        call(prop.fdel, o);
        return;
      }
      const v = d.value;
      if (v && typeof v === 'object' && typeof v.__delete__ === 'function') { callMethod(v, '__delete__', o); return; }
      break;
    }
  }
  if (typeof o === 'object' && !Array.isArray(o) && hasOwn.call(o, name)) { delete o[name]; return; }
  if (typeof o === 'function' && o.$isclass === true && hasOwn.call(o.prototype, name)) { delete o.prototype[name]; return; }
  if (typeof o === 'function' && o.$attrs && hasOwn.call(o.$attrs, name)) { delete o.$attrs[name]; return; }
  if (Array.isArray(o) || typeof o !== 'object') {
    const d = classLookup(typeOf(o), name);
    if (d !== null && typeof d === 'object' && !Array.isArray(d) && d.__delete__ !== undefined) { callMethod(d, '__delete__', o); return; }
    const own = (o as any).$attrs;
    if (own !== undefined && hasOwn.call(own, name)) { delete own[name]; return; }
  }
  throw attributeError(o, name);
}

/** o.name(...args) without allocating a bound method. */
export function callMethod(o: any, name: string, ...args: any[]): any {
  if (typeof o === 'object' && !Array.isArray(o)) {
    if (o.$getattr === undefined) {
      const f = o[name];
      if (typeof f === 'function') {
        if (f.$py === 1) return hasOwn.call(o, name) ? f(...args) : f(o, ...args);
        if (f.$isclass === true || f.$bound !== undefined) return f(...args);
        return f.apply(o, args);
      }
    }
  } else if (typeof o !== 'function') {
    const d = Object.getOwnPropertyDescriptor(typeOf(o).prototype, name) ?? inheritedDescriptor(typeOf(o), name);
    const f = d?.value;
    if (typeof f === 'function' && f.$isclass !== true) return f.$py === 1 ? f(o, ...args) : f.apply(o, args);
  }
  return call(methodOf(o, name), ...args);
}
/** getattr for a method call: a failed lookup is reported at `o.m`, as CPython does. */
function methodOf(o: any, name: string): any {
  try { return getattr(o, name); } catch (e) { if (isPyException(e)) noteFailedMethodLookup(e, methodOf); throw e; }
}
function inheritedDescriptor(C: PyClass, name: string): PropertyDescriptor | undefined {
  for (let p = Object.getPrototypeOf(C.prototype); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}

export function callMethodKw(o: any, name: string, pos: any[], kw: Kw | Record<string, any> | undefined): any {
  const k = toKw(kw);
  if (!k || k.size === 0) return callMethod(o, name, ...pos);
  return callKw(methodOf(o, name), pos, k);
}

/** Look up a special method on the type (not the instance), as CPython's implicit lookups do.
 *  Returns undefined if the type does not define it. */
export function lookupSpecial(o: any, name: string): any {
  if (typeof o === 'object' && !Array.isArray(o)) return o.$cls?.$user ? o.$cls.prototype[name] : o[name];
  return typeOf(o).prototype[name];
}

/** Call a special method found by lookupSpecial. */
export function callSpecial(f: any, o: any, ...args: any[]): any {
  return f.$py === 1 ? f(o, ...args) : f.apply(o, args);
}
