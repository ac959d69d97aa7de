// functools.singledispatch / singledispatchmethod (basic: dispatch on the MRO of the first
// argument's class; registration by explicit class or by the first parameter's annotation).
import { PyObject, nativeClass, None, typeOf, isClass, PyClass, objectClass } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { call, callKw, Kw, isCallable } from '../py/call';
import { getattrDefault, bindMethod, setattr, getattr } from '../py/attrs';
import { newDict, dictEntries } from './_rt';

type Updater = (wrapper: any, wrapped: any) => any;

function firstAnnotation(f: any): any {
  const ann = getattrDefault(f, '__annotations__', undefined);
  if (ann === undefined || ann === None) return undefined;
  const entries = dictEntries(ann).filter(([k]) => k !== 'return');
  return entries.length ? entries[0][1] : undefined;
}

export function singledispatch(func: any, update: Updater): any {
  const registry = new Map<PyClass, any>();
  registry.set(objectClass, func);
  const funcname = getattrDefault(func, '__name__', 'singledispatch function');
  const dispatch = (cls: PyClass) => {
    for (const c of cls.$mro) { const impl = registry.get(c); if (impl !== undefined) return impl; }
    return func;
  };
  const register: any = (cls: any, f?: any) => {
    if (isClass(cls)) {
      if (f === undefined || f === None) return (g: any) => register(cls, g);
    } else {
      if (f !== undefined && f !== None) throw pyErr(E.TypeError, `Invalid first argument to \`register()\`. ${cls} is not a class or union type.`);
      if (!isCallable(cls)) throw pyErr(E.TypeError, `Invalid first argument to \`register()\`: ${cls}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
      f = cls;
      const ann = firstAnnotation(f);
      if (ann === undefined) {
        throw pyErr(E.TypeError, `Invalid first argument to \`register()\`: ${getattrDefault(f, '__qualname__', f)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
      }
      if (!isClass(ann)) throw pyErr(E.TypeError, `Invalid annotation for ${'first parameter'}. ${ann} is not a class.`);
      cls = ann;
    }
    registry.set(cls, f);
    return f;
  };
  const wrapper: any = (...args: any[]) => {
    if (!args.length) throw pyErr(E.TypeError, `${funcname} requires at least 1 positional argument`);
    return call(dispatch(typeOf(args[0])), ...args);
  };
  wrapper.$callKw = (pos: any[], kw: Kw) => {
    if (!pos.length) throw pyErr(E.TypeError, `${funcname} requires at least 1 positional argument`);
    return callKw(dispatch(typeOf(pos[0])), pos, kw);
  };
  update(wrapper, func);
  setattr(wrapper, 'register', register);
  setattr(wrapper, 'dispatch', (cls: any) => dispatch(cls));
  Object.defineProperty(wrapper.$attrs, 'registry', { get: () => newDict([...registry]), enumerable: true, configurable: true });
  return wrapper;
}

class SingleDispatchMethod extends PyObject {
  $sd: any;
  func: any = None;
  register(cls: any, method: any = None) { return call(getattr(this.$sd, 'register'), cls, method); }
  __get__(obj: any, cls: any) {
    const sd = this.$sd;
    const m: any = (...args: any[]) => {
      const impl = call(getattr(sd, 'dispatch'), typeOf(args[0]));
      const bound = typeof impl === 'function' && impl.$isclass !== true ? bindMethod(impl, obj === None ? cls : obj) : impl;
      return call(bound, ...args);
    };
    m.$name = this.func?.$name; m.$qualname = this.func?.$qualname;
    return m;
  }
}
export const singledispatchmethodClass = nativeClass({
  name: 'singledispatchmethod', module: 'functools', es: SingleDispatchMethod,
  new: (C, args) => {
    const s: SingleDispatchMethod = Reflect.construct(SingleDispatchMethod, [], C);
    if (!isCallable(args[0]) && getattrDefault(args[0], '__get__', undefined) === undefined) {
      throw pyErr(E.TypeError, `${args[0]} is not callable or a descriptor`);
    }
    s.func = args[0];
    s.$sd = singledispatch(args[0], (w) => w);
    return s;
  },
});
