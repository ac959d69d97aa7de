// The dict type: methods, dunders (with __missing__ for subclasses), update rules, constructor.
'use strict';
import { PyClass, nativeClass, NotImplemented, None, tuple, typeName } from './object';
import { E, pyErr } from './exceptions';
import { repr, iter, getitem, len } from './protocols';
import { callMethod, lookupSpecial, callSpecial, hasattr } from './attrs';
import { call } from './call';
import { PyDict } from './dict';
import { reprEnter, reprLeave, eqBool, classGetitem } from './listSeq';
import { classMethod } from './slice';
import { dictIter, dictRevIter, keysView, valuesView, itemsView } from './dictViews';

/** d[key], honouring __missing__ on dict subclasses. */
export function dictGetitem(d: PyDict, key: any): any {
  const i = d.$find(key);
  if (i >= 0) return d.$v[i];
  const C: PyClass = (d as any).$cls;
  if (C !== dictClass) {
    const m = lookupSpecial(d, '__missing__');
    if (typeof m === 'function') return callSpecial(m, d, key);
  }
  throw pyErr(E.KeyError, key);
}

export function dictDelitem(d: PyDict, key: any): void {
  if (!d.$del(key)) throw pyErr(E.KeyError, key);
}

/** dict.update / dict(...) argument handling (dict_merge / dict_merge_from_seq2). */
export function dictUpdate(d: PyDict, other: any, kw?: Map<string, any> | null): void {
  if (other !== undefined) {
    if (other instanceof PyDict && lookupSpecial(other, 'keys') === dictClass.prototype.keys) {
      if (other !== d) for (const [k, v] of other.$entries()) d.$set(k, v);
    } else if (typeof other === 'object' && !Array.isArray(other) && hasattr(other, 'keys')) {
      for (const k of iter(callMethod(other, 'keys'))) d.$set(k, getitem(other, k));
    } else {
      let i = 0;
      for (const item of iter(other)) {
        let pair: any[];
        if (Array.isArray(item)) pair = item;
        else if (typeof item === 'string') pair = Array.from(item);
        else {
          try { pair = Array.from(iter(item)); } catch (e: any) {
            if (e?.$cls === E.TypeError) throw pyErr(E.TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
            throw e;
          }
        }
        if (pair.length !== 2) throw pyErr(E.ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        d.$set(pair[0], pair[1]);
        i++;
      }
    }
  }
  if (kw) for (const [k, v] of kw) d.$set(k, v);
}

/** `{**m}` in a dict display (DICT_UPDATE): m must be a mapping. */
export function dictSpread(d: PyDict, m: any): PyDict {
  if (!(m instanceof PyDict) && !(typeof m === 'object' && !Array.isArray(m) && hasattr(m, 'keys'))) {
    throw pyErr(E.TypeError, `'${typeName(m)}' object is not a mapping`);
  }
  dictUpdate(d, m);
  return d;
}

export function dictRepr(d: PyDict): string {
  if (d.$size === 0) return '{}';
  if (!reprEnter(d)) return '{...}';
  try {
    let out = '{', first = true;
    for (const [k, v] of d.$entries()) {
      out += (first ? '' : ', ') + repr(k) + ': ' + repr(v);
      first = false;
    }
    return out + '}';
  } finally { reprLeave(d); }
}

export function dictEq(a: PyDict, b: PyDict): boolean {
  if (a === b) return true;
  if (a.$size !== b.$size) return false;
  for (const [k, v] of a.$entries()) {
    const i = b.$find(k);
    if (i < 0) return false;
    if (!eqBool(v, b.$v[i])) return false;
  }
  return true;
}

export function dictCopy(d: PyDict): PyDict {
  const r = new PyDict();
  for (const [k, v] of d.$entries()) r.$set(k, v);
  return r;
}

function updateArgs(name: string, args: any[]) {
  if (args.length > 1) throw pyErr(E.TypeError, `${name} expected at most 1 argument, got ${args.length}`);
}

const updateMethod = function (this: PyDict, ...args: any[]) {
  updateArgs('update', args);
  dictUpdate(this, args[0]);
  return None;
};
(updateMethod as any).$callKw = function (this: PyDict, pos: any[], kw: Map<string, any>) {
  updateArgs('update', pos);
  dictUpdate(this, pos[0], kw);
  return None;
};
const initMethod = function (this: PyDict, ...args: any[]) {
  updateArgs('dict', args);
  dictUpdate(this, args[0]);
  return None;
};
(initMethod as any).$callKw = function (this: PyDict, pos: any[], kw: Map<string, any>) {
  updateArgs('dict', pos);
  dictUpdate(this, pos[0], kw);
  return None;
};

export const dictClass: PyClass = nativeClass({
  name: 'dict', es: PyDict,
  new: (_cls, args, kw) => {
    updateArgs('dict', args);
    const d = new PyDict();
    dictUpdate(d, args[0], kw);
    return d;
  },
  dict: {
    __hash__: None,
    __init__: initMethod,
    __len__(this: PyDict) { return this.$size; },
    __getitem__(this: PyDict, k: any) { return dictGetitem(this, k); },
    __setitem__(this: PyDict, k: any, v: any) { this.$set(k, v); return None; },
    __delitem__(this: PyDict, k: any) { dictDelitem(this, k); return None; },
    __contains__(this: PyDict, k: any) { return this.$has(k); },
    __iter__(this: PyDict) { return dictIter(this); },
    __reversed__(this: PyDict) { return dictRevIter(this); },
    __repr__(this: PyDict) { return dictRepr(this); },
    __eq__(this: PyDict, o: any) { return o instanceof PyDict ? dictEq(this, o) : NotImplemented; },
    __ne__(this: PyDict, o: any) { return o instanceof PyDict ? !dictEq(this, o) : NotImplemented; },
    __or__(this: PyDict, o: any) {
      if (!(o instanceof PyDict)) return NotImplemented;
      const r = dictCopy(this); dictUpdate(r, o); return r;
    },
    __ror__(this: PyDict, o: any) {
      if (!(o instanceof PyDict)) return NotImplemented;
      const r = dictCopy(o); dictUpdate(r, this); return r;
    },
    __ior__(this: PyDict, o: any) { dictUpdate(this, o); return this; },
    __class_getitem__: classGetitem,
    get(this: PyDict, k: any, dflt?: any) {
      if (k === undefined) throw pyErr(E.TypeError, 'get expected at least 1 argument, got 0');
      const i = this.$find(k); return i >= 0 ? this.$v[i] : dflt === undefined ? None : dflt; },
    setdefault(this: PyDict, k: any, dflt?: any) {
      const i = this.$find(k);
      if (i >= 0) return this.$v[i];
      const v = dflt === undefined ? None : dflt;
      this.$set(k, v);
      return v;
    },
    pop(this: PyDict, k: any, dflt?: any) {
      const i = this.$find(k);
      if (i < 0) {
        if (dflt !== undefined) return dflt;
        throw pyErr(E.KeyError, k);
      }
      const v = this.$v[i];
      this.$removeAt(i, this.$k[i]);
      return v;
    },
    popitem(this: PyDict) {
      if (this.$size === 0) throw pyErr(E.KeyError, 'popitem(): dictionary is empty');
      const i = this.$k.length - 1;
      const k = this.$k[i], v = this.$v[i];
      this.$removeAt(i, k);
      return tuple([k, v]);
    },
    keys(this: PyDict) { return keysView(this); },
    values(this: PyDict) { return valuesView(this); },
    items(this: PyDict) { return itemsView(this); },
    update: updateMethod,
    copy(this: PyDict) { return dictCopy(this); },
    clear(this: PyDict) { this.$clear(); return None; },
    fromkeys: classMethod(function (this: PyClass, iterable: any, value?: any) {
      const cls = this;
      const v = value === undefined ? None : value;
      if (cls === dictClass) {
        const d = new PyDict();
        for (const k of iter(iterable)) d.$set(k, v);
        return d;
      }
      const d = call(cls);
      for (const k of iter(iterable)) callMethod(d, '__setitem__', k, v);
      return d;
    }),
  },
});
