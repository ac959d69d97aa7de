// `dataclasses` (CPython 3.11): the decorator, field(), fields(), asdict(), astuple(), replace()...
import { None, isClass, typeOf, tuple, isTuple, PyClass } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, call, callKw, Kw } from '../py/call';
import { getattr, classLookup } from '../py/attrs';
import { iter, truthy } from '../py/protocols';
import { PyDict } from '../py/dict';
import { makeClass } from '../py/classes';
import { registerModule } from '../py/modules';
import { dictEntries, newDict } from './_rt';
import {
  Field, fieldClass, fieldFn, MISSING, FIELD, FIELD_INITVAR, KW_ONLY, initVarClass, FrozenInstanceError,
} from './_dcfield';
import { processClass, DcParams } from './_dcprocess';
import { deepcopy } from './copy';

const DEFAULTS: DcParams = { init: true, repr: true, eq: true, order: false, unsafe_hash: false, frozen: false, match_args: true, kw_only: false, slots: false };
const PARAM_NAMES = ['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots', 'weakref_slot'] as const;

function params(vals: any[]): DcParams {
  const p: any = {};
  PARAM_NAMES.forEach((k, i) => { p[k] = truthy(vals[i]); });
  if (p.order && !p.eq) throw pyErr(E.ValueError, 'eq must be true if order is true');
  return p as DcParams;
}

const dataclass = pyfunc('dataclass', ['cls=', '/', '*', ...PARAM_NAMES.map(k => k + '=')], (cls: any, ...flags: any[]) => {
  const p = params(flags);
  if (cls === None) return pyfunc('wrap', ['cls'], (c: any) => processClass(c, p));
  return processClass(cls, p);
}, [None, ...PARAM_NAMES.map(k => (k in DEFAULTS ? (DEFAULTS as any)[k] : false))]);

function dcFields(o: any): Field[] | undefined {
  const C = isClass(o) ? o : typeOf(o);
  const fd = classLookup(C, '__dataclass_fields__');
  if (fd === undefined || fd === None) return undefined;
  return dictEntries(fd).map(e => e[1] as Field);
}
export function isDataclassInstance(o: any): boolean { return !isClass(o) && dcFields(o) !== undefined; }

const fields = pyfunc('fields', ['class_or_instance'], (o: any) => {
  const fs = dcFields(o);
  if (!fs) throw pyErr(E.TypeError, 'must be called with a dataclass type or instance');
  return tuple(fs.filter(f => f._field_type === FIELD));
});

function asdictInner(o: any, factory: any, asTuple: boolean): any {
  const fs = isDataclassInstance(o) ? dcFields(o) : undefined;
  if (fs) {
    const vals = fs.filter(f => f._field_type === FIELD).map(f => [f.name, asdictInner(getattr(o, f.name), factory, asTuple)]);
    if (asTuple) return call(factory, vals.map(v => v[1]));
    return call(factory, vals.map(v => tuple(v)));
  }
  if (isTuple(o) && (o as any).$nt) return call(typeOf(o), ...o.map((x: any) => asdictInner(x, factory, asTuple)));
  if (Array.isArray(o)) {
    const items = o.map((x: any) => asdictInner(x, factory, asTuple));
    return isTuple(o) ? tuple(items) : (typeOf(o).$user ? call(typeOf(o), items) : items);
  }
  if (o instanceof PyDict) {
    const entries = dictEntries(o).map(([k, v]) => [asdictInner(k, factory, asTuple), asdictInner(v, factory, asTuple)] as [any, any]);
    if (o.$cls.$name === 'defaultdict' && o.$cls.$module === 'collections') {
      return call(typeOf(o), (o as any).default_factory, newDict(entries));
    }
    return o.$cls.$user || o.$cls.$name !== 'dict' ? call(typeOf(o), entries.map(e => tuple(e))) : newDict(entries);
  }
  return deepcopy(o);
}

const asdict = pyfunc('asdict', ['obj', '*', 'dict_factory='], (o: any, factory: any) => {
  if (!isDataclassInstance(o)) throw pyErr(E.TypeError, 'asdict() should be called on dataclass instances');
  return asdictInner(o, factory === None ? dictFactory : factory, false);
}, [None]);
const astuple = pyfunc('astuple', ['obj', '*', 'tuple_factory='], (o: any, factory: any) => {
  if (!isDataclassInstance(o)) throw pyErr(E.TypeError, 'astuple() should be called on dataclass instances');
  return asdictInner(o, factory === None ? tupleFactory : factory, true);
}, [None]);
const dictFactory = pyfunc('dict', ['pairs'], (pairs: any) => newDict(Array.from(iter(pairs), (kv: any) => [kv[0], kv[1]])));
const tupleFactory = pyfunc('tuple', ['items'], (items: any) => tuple(Array.from(iter(items))));

const replace = pyfunc('replace', ['obj', '/', '**changes'], (o: any, changes: Kw) => {
  const fs = isDataclassInstance(o) ? dcFields(o)! : undefined;
  if (!fs) throw pyErr(E.TypeError, 'replace() should be called on dataclass instances');
  const kw: Kw = new Map(changes);
  for (const f of fs) {
    if (f._field_type !== FIELD && f._field_type !== FIELD_INITVAR) continue;
    if (!f.init) {
      if (kw.has(f.name)) throw pyErr(E.ValueError, `field ${f.name} is declared with init=False, it cannot be specified with replace()`);
      continue;
    }
    if (!kw.has(f.name)) {
      if (f._field_type === FIELD_INITVAR && f.default === MISSING) throw pyErr(E.ValueError, `InitVar ${JSON.stringify(f.name).replace(/"/g, "'")} must be specified with replace()`);
      kw.set(f.name, getattr(o, f.name));
    }
  }
  return callKw(typeOf(o), [], kw);
});

const isDataclass = pyfunc('is_dataclass', ['obj'], (o: any) => dcFields(o) !== undefined);

const makeDataclass = pyfunc('make_dataclass', ['cls_name', 'fields', '*', 'bases=', 'namespace=', ...PARAM_NAMES.map(k => k + '='), 'module='],
  (name: string, specs: any, bases: any, namespace: any, ...rest: any[]) => {
    const flags = rest.slice(0, PARAM_NAMES.length);
    const ann = newDict();
    const ns: Record<string, any> = {};
    for (const spec of iter(specs)) {
      let fname: string, ftype: any = 'typing.Any', fdef: any = undefined;
      if (typeof spec === 'string') fname = spec;
      else {
        const parts = Array.from(iter(spec));
        [fname, ftype] = [parts[0], parts[1]];
        if (parts.length === 3) fdef = parts[2];
        else if (parts.length !== 2) throw pyErr(E.TypeError, `Invalid field: ${spec}`);
      }
      ann.$set(fname, ftype);
      if (fdef !== undefined) ns[fname] = fdef;
    }
    const C: PyClass = makeClass(name, Array.from(iter(bases)), (cns: any) => {
      if (namespace !== None) for (const [k, v] of dictEntries(namespace)) cns[k] = v;
      for (const [k, v] of Object.entries(ns)) cns[k] = v;
      cns.__annotations__ = ann;
    }, { module: rest[PARAM_NAMES.length] === None ? '__main__' : rest[PARAM_NAMES.length] });
    return processClass(C, params(flags));
  }, [tuple([]), None, ...PARAM_NAMES.map(k => (k in DEFAULTS ? (DEFAULTS as any)[k] : false)), None]);

registerModule('dataclasses', () => ({
  dataclass, field: fieldFn, Field: fieldClass, fields, asdict, astuple, replace, is_dataclass: isDataclass,
  make_dataclass: makeDataclass, MISSING, KW_ONLY, InitVar: initVarClass, FrozenInstanceError,
  __all__: ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields', 'asdict',
    'astuple', 'make_dataclass', 'replace', 'is_dataclass'],
}));
