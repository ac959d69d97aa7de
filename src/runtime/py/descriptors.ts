// property, staticmethod, classmethod and super().
import { PyObject, nativeClass, None, PyClass, typeOf, isClass, typeName } from './object';
import { E, raiseErr } from './exceptions';
import { call } from './call';
import { bindMethod, attributeError } from './attrs';

export class PyProperty extends PyObject {
  fget: any = None; fset: any = None; fdel: any = None; __doc__: any = None;
  $name = '';
  __init__(fget: any = None, fset: any = None, fdel: any = None, doc: any = None) {
    this.fget = fget; this.fset = fset; this.fdel = fdel;
    this.__doc__ = doc !== None ? doc : (fget !== None ? fget.$doc ?? None : None);
  }
  getter(f: any) { return copyProp(this, f, this.fset, this.fdel); }
  setter(f: any) { return copyProp(this, this.fget, f, this.fdel); }
  deleter(f: any) { return copyProp(this, this.fget, this.fset, f); }
  __get__(obj: any, _cls?: any) {
    if (obj === None || obj === undefined) return this;
    if (this.fget === None) throw raiseErr(E.AttributeError, `property '${this.$name}' of '${typeName(obj)}' object has no getter`);
    return call(this.fget, obj);
  }
  __set__(obj: any, v: any) {
    if (this.fset === None) throw raiseErr(E.AttributeError, `property '${this.$name}' of '${typeName(obj)}' object has no setter`);
    call(this.fset, obj, v);
  }
}
function copyProp(p: PyProperty, g: any, s: any, d: any) {
  const q = new PyProperty(); q.__init__(g, s, d, p.__doc__); q.$name = p.$name; return q;
}
export const propertyClass = nativeClass({ name: 'property', es: PyProperty });

export class StaticMethod extends PyObject {
  constructor(public __func__: any = None) { super(); }
  __init__(f: any) { this.__func__ = f; }
  __get__(_obj: any, _cls?: any) { return this.__func__; }
  get __wrapped__() { return this.__func__; }
}
export const staticmethodClass = nativeClass({ name: 'staticmethod', es: StaticMethod });

export class ClassMethod extends PyObject {
  constructor(public __func__: any = None) { super(); }
  __init__(f: any) { this.__func__ = f; }
  __get__(obj: any, cls?: any) {
    const C = cls === undefined || cls === None ? typeOf(obj) : cls;
    return bindMethod(this.__func__, C);
  }
  get __wrapped__() { return this.__func__; }
}
export const classmethodClass = nativeClass({ name: 'classmethod', es: ClassMethod });

/** Install properties of a freshly created class as JS accessors, so `obj.x` runs them natively. */
export function installAccessors(C: PyClass) {
  const dict = C.prototype;
  for (const k of Object.keys(dict)) {
    const v = dict[k];
    if (v instanceof PyProperty) {
      v.$name = k;
      const get: any = function (this: any) { return v.__get__(this); };
      get.$property = v;
      Object.defineProperty(dict, k, {
        get, set(this: any, x: any) { v.__set__(this, x); }, enumerable: true, configurable: true,
      });
    }
  }
}

/** super(C, obj): attribute lookup starting after C in type(obj).__mro__. */
export class Super extends PyObject {
  constructor(public $thisclass: any = undefined, public $obj: any = undefined) { super(); }
  $getattr(name: string): any {
    // super(C, cls) in a classmethod searches cls's MRO; super(M, cls) in a metaclass method, type(cls)'s.
    const asClass = isClass(this.$obj) && this.$obj.$mro.includes(this.$thisclass);
    const objType = asClass ? this.$obj : typeOf(this.$obj);
    const mro: PyClass[] = objType.$mro;
    let i = mro.indexOf(this.$thisclass);
    if (i < 0) throw raiseErr(E.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
    for (i++; i < mro.length; i++) {
      const d = Object.getOwnPropertyDescriptor(mro[i].prototype, name);
      if (!d) continue;
      if (d.get) return (d.get as any).$property ? (d.get as any).$property.__get__(this.$obj) : d.get.call(this.$obj);
      const v = d.value;
      if (typeof v === 'function' && !v.$isclass) return (asClass || name === '__new__') && v.$py === 1 ? v : bindMethod(v, this.$obj);
      if (v instanceof ClassMethod) return bindMethod(v.__func__, objType);
      if (v instanceof StaticMethod) return v.__func__;
      return v;
    }
    if (name === '__new__') return require('./metaclass').objectNew;
    const e = attributeError(this, name);
    e.args = [`'super' object has no attribute '${name}'`] as any; (e.args as any).$t = true;
    throw e;
  }
  __repr__() { return `<super: <class '${this.$thisclass.$name}'>, <${typeName(this.$obj)} object>>`; }
}
export const superClass = nativeClass({ name: 'super', es: Super, new: (_C, args) => {
  if (args.length < 2) throw raiseErr(E.RuntimeError, 'super(): no arguments');
  return new Super(args[0], args[1]);
} });
export function makeSuper(C: any, obj: any) { return new Super(C, obj); }

/** A builtin type's computed attribute (`int.real`): what a JS getter on a class dict looks like
 *  from the class (one object per getter). */
export class GetSetDescriptor extends PyObject {
  constructor(public $owner: any = undefined, public $name = '', public $pd: PropertyDescriptor = {}) { super(); }
  __get__(obj: any, _cls?: any) { return obj === None || obj === undefined ? this : this.$pd.get!.call(obj); }
  __set__(obj: any, v: any) {
    if (!this.$pd.set) throw raiseErr(E.AttributeError, `attribute '${this.$name}' of '${this.$owner.$name}' objects is not writable`);
    this.$pd.set.call(obj, v);
  }
  __repr__() { return `<attribute '${this.$name}' of '${this.$owner.$name}' objects>`; }
}
nativeClass({ name: 'getset_descriptor', es: GetSetDescriptor });

/** The getset_descriptor for `name` when C's MRO finds a runtime getter (not a property) first. */
export function getsetDescriptor(C: PyClass, name: string): GetSetDescriptor | undefined {
  for (const k of C.$mro) {
    const d = Object.getOwnPropertyDescriptor(k.prototype, name);
    if (!d) continue;
    if (!d.get || (d.get as any).$property) return undefined;
    return ((d.get as any).$getset ??= new GetSetDescriptor(k, name, d));
  }
  return undefined;
}
