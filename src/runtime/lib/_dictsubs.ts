// collections.defaultdict and collections.OrderedDict: dict subclasses sharing the kernel's PyDict
// layout (the kernel's dict.__getitem__ calls __missing__ on subclasses).
import { PyClass, nativeClass, None, NotImplemented, tuple, typeName } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { call, isCallable } from '../py/call';
import { repr, truthy } from '../py/protocols';
import { PyDict } from '../py/dict';
import { dictClass, dictRepr, dictUpdate, dictEq } from '../py/dictMethods';
import { reprEnter, reprLeave, eqBool } from '../py/listSeq';
import { kwMethod } from '../py/slice';

/** Allocate an instance of a dict subclass C. */
export function allocDict(C: PyClass): PyDict { return Reflect.construct(PyDict, [], C); }

/** Runtime method with `*args, **kwargs` passthrough (this-based). */
function varMethod(f: (this: any, pos: any[], kw: Map<string, any> | undefined) => any): any {
  const m: any = function (this: any, ...a: any[]) { return f.call(this, a, undefined); };
  m.$callKw = function (this: any, pos: any[], kw: Map<string, any>) { return f.call(this, pos, kw); };
  return m;
}

// ------------------------------------------------------------------ defaultdict

function ddInit(d: any, pos: any[], kw: Map<string, any> | undefined) {
  let factory = None;
  if (pos.length) {
    factory = pos[0];
    if (factory !== None && !isCallable(factory)) throw pyErr(E.TypeError, 'first argument must be callable or None');
  }
  d.default_factory = factory;
  if (pos.length > 2) throw pyErr(E.TypeError, `dict expected at most 1 argument, got ${pos.length - 1}`);
  dictUpdate(d, pos[1], kw);
}

export const defaultdictClass: PyClass = nativeClass({
  name: 'defaultdict', module: 'collections', bases: [dictClass], es: PyDict,
  new: (C, args, kw) => { const d = allocDict(C); ddInit(d, args, kw); return d; },
  dict: {
    __init__: varMethod(function (pos, kw) { ddInit(this, pos, kw); return None; }),
    __missing__(this: any, key: any) {
      const f = this.default_factory;
      if (f === None || f === undefined) throw pyErr(E.KeyError, key);
      const v = call(f);
      this.$set(key, v);
      return v;
    },
    __repr__(this: any) {
      const f = this.default_factory ?? None;
      let fr: string;
      if (f === None) fr = 'None';
      else if (!reprEnter(this)) fr = '...';
      else { try { fr = repr(f); } finally { reprLeave(this); } }
      return `${typeName(this)}(${fr}, ${dictRepr(this)})`;
    },
    copy(this: any) { const d: any = allocDict(this.$cls); d.default_factory = this.default_factory; dictUpdate(d, this); return d; },
    __copy__(this: any) { return (defaultdictClass.prototype.copy as any).call(this); },
    __reduce__(this: any) { return tuple([this.$cls, tuple([this.default_factory]), None, None, tuple([...this.$entries()].map(e => tuple(e)))]); },
    __or__(this: any, o: any) {
      if (!(o instanceof PyDict)) return NotImplemented;
      const d: any = (defaultdictClass.prototype.copy as any).call(this); dictUpdate(d, o); return d;
    },
    __ror__(this: any, o: any) {
      if (!(o instanceof PyDict)) return NotImplemented;
      const d: any = allocDict(this.$cls); d.default_factory = this.default_factory; dictUpdate(d, o); dictUpdate(d, this); return d;
    },
  },
});

// ------------------------------------------------------------------ OrderedDict

function odRebuild(d: PyDict, entries: [any, any][]) {
  d.$clear();
  for (const [k, v] of entries) d.$set(k, v);
}

export const orderedDictClass: PyClass = nativeClass({
  name: 'OrderedDict', module: 'collections', bases: [dictClass], es: PyDict,
  new: (C, args, kw) => {
    if (args.length > 1) throw pyErr(E.TypeError, `OrderedDict expected at most 1 arguments, got ${args.length}`);
    const d = allocDict(C); dictUpdate(d, args[0], kw); return d;
  },
  dict: {
    __init__: varMethod(function (pos, kw) {
      if (pos.length > 1) throw pyErr(E.TypeError, `OrderedDict expected at most 1 arguments, got ${pos.length}`);
      dictUpdate(this, pos[0], kw); return None;
    }),
    move_to_end: kwMethod('move_to_end', ['key', 'last'], function (this: PyDict, key: any, last: any = true) {
      const i = this.$find(key);
      if (i < 0) throw pyErr(E.KeyError, key);
      const k = this.$k[i], v = this.$v[i];
      if (truthy(last)) { this.$removeAt(i, k); this.$set(k, v); } else {
        odRebuild(this, [[k, v], ...[...this.$entries()].filter(e => e[0] !== k)]);
      }
      return None;
    }),
    popitem: kwMethod('popitem', ['last'], function (this: PyDict, last: any = true) {
      if (this.$size === 0) throw pyErr(E.KeyError, 'dictionary is empty');
      const entries = [...this.$entries()];
      const [k, v] = truthy(last) ? entries[entries.length - 1] : entries[0];
      this.$del(k);
      return tuple([k, v]);
    }),
    __repr__(this: PyDict) {
      const name = typeName(this);
      if (this.$size === 0) return `${name}()`;
      if (!reprEnter(this)) return '...';
      try {
        return `${name}([${[...this.$entries()].map(([k, v]) => `(${repr(k)}, ${repr(v)})`).join(', ')}])`;
      } finally { reprLeave(this); }
    },
    __eq__(this: PyDict, o: any) {
      if (!(o instanceof PyDict)) return NotImplemented;
      if (!dictEq(this, o)) return false;
      if (!(o.$cls.$mro.includes(orderedDictClass))) return true;
      const a = this.$keyList(), b = o.$keyList();
      return a.every((k, i) => eqBool(k, b[i]));
    },
    __ne__(this: PyDict, o: any) {
      const r = (orderedDictClass.prototype.__eq__ as any).call(this, o);
      return r === NotImplemented ? r : !r;
    },
    copy(this: PyDict) { const d = allocDict(this.$cls); dictUpdate(d, this); return d; },
    __copy__(this: PyDict) { const d = allocDict(this.$cls); dictUpdate(d, this); return d; },
    __reduce__(this: PyDict) { return tuple([this.$cls, tuple([]), None, None, tuple([...this.$entries()].map(e => tuple(e)))]); },
    __or__(this: PyDict, o: any) {
      if (!(o instanceof PyDict)) return NotImplemented;
      const d = allocDict(this.$cls); dictUpdate(d, this); dictUpdate(d, o); return d;
    },
    __ror__(this: PyDict, o: any) {
      if (!(o instanceof PyDict)) return NotImplemented;
      const d = allocDict(this.$cls); dictUpdate(d, o); dictUpdate(d, this); return d;
    },
  },
});
