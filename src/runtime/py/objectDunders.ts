// Default dunders of object, type, functions, None and exceptions.
import {
  objectClass, typeClass, functionClass, builtinFunctionClass, methodClass, noneTypeClass,
  notImplementedClass, ellipsisClass, defineMethods, typeOf, None, NotImplemented, PyClass, tuple, isClass,
} from './object';
import { E, PyBaseException, initSpecialFields, raiseErr } from './exceptions';
import { fakeAddress } from './generators';
import { repr, str } from './protocols';
import { dictSnapshot } from './attrs';
import { callKw, Kw } from './call';
import { setSubclassNewFactory } from './object';

// ------------------------------------------------------------------ subclasses of builtin types
/** The class of C's MRO whose own dict defines `name`. */
function ownerOf(C: PyClass, name: string): PyClass | undefined {
  for (const k of C.$mro) if (Object.prototype.hasOwnProperty.call(k.prototype, name)) return k;
  return undefined;
}
function callWith(f: any, first: any, args: any[], kw: Kw | undefined): any {
  if (kw && kw.size) return callKw(f, [first, ...args], kw);
  return f.$py === 1 ? f(first, ...args) : f.call(first, ...args);
}
setSubclassNewFactory((baseNew) => {
  const f: any = (cls: PyClass, args: any[], kw?: Kw) => {
    const no = ownerOf(cls, '__new__');
    let obj: any;
    if (no && no.$user) {
      const un = no.prototype.__new__;
      obj = callWith(typeof un === 'function' ? un : un.__func__, cls, args, kw);
    } else obj = baseNew(cls, args, kw);
    if (!typeOf(obj).$mro.includes(cls)) return obj;
    const io = ownerOf(cls, '__init__');
    if (io && io.$user) callWith(io.prototype.__init__, obj, args, kw);
    return obj;
  };
  f.$inheritable = true;
  return f;
});

export function classRepr(C: PyClass): string {
  const mod = C.$module;
  return mod === 'builtins' ? `<class '${C.$qualname}'>` : `<class '${mod}.${C.$qualname}'>`;
}

defineMethods(objectClass, {
  __repr__(this: any) {
    const C = typeOf(this);
    const mod = C.$module;
    return `<${mod === 'builtins' ? '' : mod + '.'}${C.$qualname} object at ${fakeAddress(this)}>`;
  },
  __str__(this: any) { return repr(this); },
  __eq__(this: any, o: any) { return this === o ? true : NotImplemented; },
  __ne__(this: any, o: any) {
    const eq = (this as any).__eq__;
    const r = typeof eq === 'function' ? (eq.$py === 1 ? eq(this, o) : eq.call(this, o)) : NotImplemented;
    return r === NotImplemented ? r : !r;
  },
  __hash__(this: any) { return Math.floor(Number.parseInt(fakeAddress(this), 16) / 16); },
  __format__(this: any, spec: string) {
    if (spec !== '') throw raiseErr(E.TypeError, `unsupported format string passed to ${typeOf(this).$name}.__format__`);
    return str(this);
  },
  __init_subclass__() { return None; },
  __reduce_ex__() { throw raiseErr(E.TypeError, 'pickling is not supported in Asyncio Lab'); },
  __dir__(this: any) { return Object.keys(this); },
  get __class__() { return typeOf(this as any); },
  get __dict__() { return dictOf(this as any); },
  get __module__() { return typeOf(this as any).$module; },
  get __doc__() { return typeOf(this as any).$meta?.doc ?? None; },
});
let dictOf: (o: any) => any = (o) => dictSnapshot(o);
export function setDictOf(f: (o: any) => any) { dictOf = f; }

defineMethods(typeClass, {
  __repr__(this: any) { return classRepr(this); },
  __eq__(this: any, o: any) { return this === o; },
  __hash__(this: any) { return Math.floor(Number.parseInt(fakeAddress(this), 16) / 16); },
  __subclasses__(this: any) { return []; },
  mro(this: any) { return this.$mro.slice(); },
  __instancecheck__(this: any, o: any) { return typeOf(o).$mro.includes(this); },
});

const fnRepr = function (this: any) {
  if (this.$isclass) return classRepr(this);
  if (this.$bound !== undefined) {
    const f = this.$func;
    const owner = f.$qualname ?? f.$name ?? f.name;
    if (isClass(this.$bound)) return `<bound method ${owner} of ${classRepr(this.$bound)}>`;
    return `<bound method ${owner} of ${repr(this.$bound)}>`;
  }
  if (this.$py === 1) return `<function ${this.$qualname} at ${fakeAddress(this)}>`;
  if (this.$descriptorOf) return `<method '${this.$name}' of '${this.$descriptorOf.$name}' objects>`;
  return `<built-in function ${this.$name ?? this.name}>`;
};
for (const C of [functionClass, builtinFunctionClass, methodClass]) {
  defineMethods(C, {
    __repr__: fnRepr,
    __call__(this: any, ...a: any[]) { return this(...a); },
    __get__(this: any, obj: any) { return obj === None ? this : this; },
    __eq__(this: any, o: any) { return this === o || (this.$bound !== undefined && o?.$bound === this.$bound && o.$func === this.$func); },
    __hash__(this: any) { return Math.floor(Number.parseInt(fakeAddress(this.$func ?? this), 16) / 16); },
  });
}
defineMethods(noneTypeClass, { __repr__() { return 'None'; }, __bool__() { return false; }, __hash__() { return 0xFCFA3A0; } });
defineMethods(notImplementedClass, { __repr__() { return 'NotImplemented'; } });
defineMethods(ellipsisClass, { __repr__() { return 'Ellipsis'; } });

// ------------------------------------------------------------------ exceptions
function excName(C: PyClass) {
  return C.$module === 'builtins' || C.$module === '__main__' && false ? C.$qualname : `${C.$module}.${C.$qualname}`;
}
export { excName };

defineMethods(E.BaseException, {
  __init__(this: PyBaseException, ...args: any[]) { this.args = tuple(args); initSpecialFields(this.$cls, this, args); },
  __str__(this: PyBaseException) {
    const a = this.args;
    if (a.length === 0) return '';
    if (a.length === 1) return str(a[0]);
    return repr(a);
  },
  __repr__(this: PyBaseException) {
    const a = this.args;
    const inner = a.length === 1 ? repr(a[0]) : a.length === 0 ? '' : repr(a).slice(1, -1).replace(/,$/, '');
    return `${typeOf(this).$name}(${inner})`;
  },
  with_traceback(this: PyBaseException, tb: any) { if (tb === None) this.$tb = undefined; return this; },
  add_note(this: PyBaseException, note: any) {
    if (typeof note !== 'string') throw raiseErr(E.TypeError, `note must be a str, not '${typeOf(note).$name}'`);
    (this.__notes__ ??= []).push(note);
    return None;
  },
  get __traceback__() { return (this as any).$frames?.length ? this : None; },
});
defineMethods(E.KeyError, {
  __str__(this: PyBaseException) { return this.args.length === 1 ? repr(this.args[0]) : (E.BaseException.prototype.__str__ as any).call(this); },
});
defineMethods(E.OSError, {
  __str__(this: PyBaseException) {
    if (this.args.length >= 2 && this.errno !== None) {
      return this.filename !== None && this.filename !== undefined ? `[Errno ${this.errno}] ${this.strerror}: ${repr(this.filename)}` : `[Errno ${this.errno}] ${this.strerror}`;
    }
    return (E.BaseException.prototype.__str__ as any).call(this);
  },
});
