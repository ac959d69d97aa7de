// The @dataclass class transformation: CPython 3.11's dataclasses._process_class, generating real
// Python-callable methods (def() with a $sig, so keyword calls bind exactly as CPython's).
import { PyClass, PyObject, nativeClass, None, NotImplemented, typeOf, tuple } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { def, argErr, takeKw, call } from '../py/call';
import { getattr, getattrDefault, setattr, delattr, callMethod, classLookup, hasattr } from '../py/attrs';
import { repr, hash } from '../py/protocols';
import * as ops from '../py/ops';
import { reprEnter, reprLeave, seqEq } from '../py/listSeq';
import { dictEntries, newDict } from './_rt';
import {
  Field, MISSING, HAS_DEFAULT_FACTORY, FIELD, FIELD_CLASSVAR, FIELD_INITVAR, makeField, isInitVar, isKwOnly,
  FrozenInstanceError,
} from './_dcfield';
import { formatSignature, ParamInfo } from './_sigfmt';

export interface DcParams {
  init: boolean; repr: boolean; eq: boolean; order: boolean; unsafe_hash: boolean; frozen: boolean;
  match_args: boolean; kw_only: boolean; slots: boolean;
}

const hasOwn = (C: PyClass, k: string) => Object.prototype.hasOwnProperty.call(C.prototype, k);

/** typing.ClassVar / ClassVar[...] (marked by typing.ts), or its string form. */
function isClassVar(t: any): boolean {
  if (t && (typeof t === 'object' || typeof t === 'function')) {
    if (t.$special === 'ClassVar' || t.$origin?.$special === 'ClassVar') return true;
  }
  return typeof t === 'string' && /^(typing\.)?ClassVar\b/.test(t);
}

function getField(cls: PyClass, name: string, type: any, kwOnly: boolean): Field {
  const dflt = getattrDefault(cls, name, MISSING);
  const f = dflt instanceof Field ? dflt : makeField({ default: dflt });
  f.name = name; f.type = type; f._field_type = FIELD;
  if (isClassVar(type)) f._field_type = FIELD_CLASSVAR;
  if (f._field_type === FIELD && isInitVar(type)) f._field_type = FIELD_INITVAR;
  if (f._field_type !== FIELD && f.default_factory !== MISSING) throw pyErr(E.TypeError, `field ${name} cannot have a default factory`);
  if (f._field_type !== FIELD_CLASSVAR) { if (f.kw_only === MISSING) f.kw_only = kwOnly; }
  else if (f.kw_only !== MISSING) throw pyErr(E.TypeError, `field ${name} is a ClassVar but specifies kw_only`);
  if (f._field_type === FIELD && f.default !== MISSING && classLookup(typeOf(f.default), '__hash__') === None) {
    throw pyErr(E.ValueError, `mutable default ${repr(typeOf(f.default))} for field ${name} is not allowed: use default_factory`);
  }
  return f;
}

/** Set a method unless the class body defined one; returns whether it already existed. */
function setNew(cls: PyClass, name: string, fn: any): boolean {
  if (hasOwn(cls, name)) return true;
  setattr(cls, name, fn);
  return false;
}

function method(cls: PyClass, name: string, args: string[], body: (...a: any[]) => any, extra: any = {}) {
  return def(body, { name, qualname: `${cls.$qualname}.${name}`, module: cls.$module, params: { args, ...extra.params }, defaults: extra.defaults, kwdefaults: extra.kwdefaults });
}

function makeInit(cls: PyClass, fields: Field[], std: Field[], kwo: Field[], frozen: boolean, hasPostInit: boolean, selfName: string) {
  let seenDefault = false;
  for (const f of std) {
    if (!f.init) continue;
    if (!(f.default === MISSING && f.default_factory === MISSING)) seenDefault = true;
    else if (seenDefault) throw pyErr(E.TypeError, `non-default argument ${repr(f.name)} follows default argument`);
  }
  const stdP = std.filter(f => f.init), kwoP = kwo.filter(f => f.init);
  const dflt = (f: Field) => (f.default_factory !== MISSING ? HAS_DEFAULT_FACTORY : f.default);
  const defaults = stdP.filter(f => dflt(f) !== MISSING).map(dflt);
  const kwdefaults: Record<string, any> = {};
  for (const f of kwoP) if (dflt(f) !== MISSING) kwdefaults[f.name] = dflt(f);
  const n = stdP.length + 1, first = n - defaults.length;
  const initVars = fields.filter(f => f._field_type === FIELD_INITVAR);
  const assign = frozen
    ? (o: any, k: string, v: any) => Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true })
    : (o: any, k: string, v: any) => setattr(o, k, v);
  const init: any = method(cls, '__init__', [selfName, ...stdP.map(f => f.name)], function (...args: any[]) {
    if (args.length > n) argErr(init, args);
    for (let i = 0; i < first; i++) if (args[i] === undefined) argErr(init, args);
    const self = args[0];
    const vals = new Map<string, any>();
    stdP.forEach((f, i) => vals.set(f.name, args[i + 1] === undefined ? defaults[i + 1 - first] : args[i + 1]));
    if (kwoP.length) { const kv = takeKw(init); kwoP.forEach((f, i) => vals.set(f.name, kv[i])); }
    for (const f of fields) {
      let v: any;
      if (f.default_factory !== MISSING) {
        if (f.init) { v = vals.get(f.name); if (v === HAS_DEFAULT_FACTORY) v = call(f.default_factory); }
        else v = call(f.default_factory);
      } else if (f.init) v = vals.get(f.name);
      else continue;
      if (f._field_type === FIELD_INITVAR) continue;
      assign(self, f.name, v);
    }
    if (hasPostInit) callMethod(self, '__post_init__', ...initVars.map(f => vals.get(f.name)));
    return None;
  }, { params: { kwonly: kwoP.map(f => f.name) }, defaults, kwdefaults });
  return init;
}

const HASH_ACTION: Record<string, 'none' | 'set' | 'add' | 'error'> = {
  FFFF: 'none', FFFT: 'none', FFTF: 'none', FFTT: 'none', FTFF: 'set', FTFT: 'none', FTTF: 'add', FTTT: 'none',
  TFFF: 'add', TFFT: 'error', TFTF: 'add', TFTT: 'error', TTFF: 'add', TTFT: 'error', TTTF: 'add', TTTT: 'error',
};

export function processClass(cls: PyClass, p: DcParams): PyClass {
  const fields = new Map<string, Field>();
  let anyFrozenBase = false, hasDataclassBases = false;
  for (const b of cls.$mro.slice(1).reverse()) {
    const bf = classLookup(b, '__dataclass_fields__');
    if (bf === undefined || bf === None) continue;
    hasDataclassBases = true;
    for (const [, f] of dictEntries(bf)) fields.set(f.name, f);
    if (classLookup(b, '__dataclass_params__')?.frozen) anyFrozenBase = true;
  }
  const ann = hasOwn(cls, '__annotations__') ? cls.prototype.__annotations__ : undefined;
  const annNames = new Set<string>();
  const clsFields: Field[] = [];
  let kwOnly = p.kw_only, kwOnlySeen = false;
  for (const [name, type] of ann ? dictEntries(ann) : []) {
    annNames.add(name);
    if (isKwOnly(type)) {
      if (kwOnlySeen) throw pyErr(E.TypeError, `${repr(name)} is KW_ONLY, but KW_ONLY has already been specified`);
      kwOnlySeen = true; kwOnly = true; continue;
    }
    clsFields.push(getField(cls, name, type, kwOnly));
  }
  for (const f of clsFields) {
    fields.set(f.name, f);
    if (getattrDefault(cls, f.name, None) instanceof Field) {
      if (f.default === MISSING) { if (hasOwn(cls, f.name)) delattr(cls, f.name); } else setattr(cls, f.name, f.default);
    }
  }
  for (const k of Object.keys(cls.prototype)) {
    const d = Object.getOwnPropertyDescriptor(cls.prototype, k)!;
    if (d.value instanceof Field && !annNames.has(k)) throw pyErr(E.TypeError, `${repr(k)} is a field but has no type annotation`);
  }
  if (hasDataclassBases) {
    if (anyFrozenBase && !p.frozen) throw pyErr(E.TypeError, 'cannot inherit non-frozen dataclass from a frozen one');
    if (!anyFrozenBase && p.frozen) throw pyErr(E.TypeError, 'cannot inherit frozen dataclass from a non-frozen one');
  }
  setattr(cls, '__dataclass_fields__', newDict([...fields]));
  setattr(cls, '__dataclass_params__', paramsObject(p));

  const ownHash = hasOwn(cls, '__hash__') ? cls.prototype.__hash__ : MISSING;
  const hasExplicitHash = !(ownHash === MISSING || (ownHash === None && hasOwn(cls, '__eq__')));
  const all = [...fields.values()];
  const initFields = all.filter(f => f._field_type === FIELD || f._field_type === FIELD_INITVAR);
  const std = initFields.filter(f => !f.kw_only), kwo = initFields.filter(f => f.kw_only);
  const flds = all.filter(f => f._field_type === FIELD);
  if (p.init) {
    const selfName = fields.has('self') ? '__dataclass_self__' : 'self';
    setNew(cls, '__init__', makeInit(cls, initFields, std, kwo, p.frozen, hasattr(cls, '__post_init__'), selfName));
  }
  if (p.repr) {
    const rf = flds.filter(f => f.repr);
    setNew(cls, '__repr__', method(cls, '__repr__', ['self'], (self: any) => {
      if (!reprEnter(self)) return '...';
      try { return `${typeOf(self).$qualname}(${rf.map(f => `${f.name}=${repr(getattr(self, f.name))}`).join(', ')})`; } finally { reprLeave(self); }
    }));
  }
  const cmpF = flds.filter(f => f.compare);
  const values = (o: any) => cmpF.map(f => getattr(o, f.name));
  if (p.eq) {
    setNew(cls, '__eq__', method(cls, '__eq__', ['self', 'other'], (self: any, other: any) =>
      (typeOf(other) === typeOf(self) ? seqEq(values(self), values(other)) : NotImplemented)));
  }
  if (p.order) {
    for (const [name, op] of [['__lt__', ops.lt], ['__le__', ops.le], ['__gt__', ops.gt], ['__ge__', ops.ge]] as const) {
      const fn = method(cls, name, ['self', 'other'], (self: any, other: any) =>
        (typeOf(other) === typeOf(self) ? op(tuple(values(self)), tuple(values(other))) : NotImplemented));
      if (setNew(cls, name, fn)) throw pyErr(E.TypeError, `Cannot overwrite attribute ${name} in class ${cls.$name}. Consider using functools.total_ordering`);
    }
  }
  if (p.frozen) {
    const names = new Set(flds.map(f => f.name));
    const sa = method(cls, '__setattr__', ['self', 'name', 'value'], (self: any, name: string, value: any) => {
      if (typeOf(self) === cls || names.has(name)) throw pyErr(FrozenInstanceError, `cannot assign to field ${repr(name)}`);
      Object.defineProperty(self, name, { value, writable: true, enumerable: true, configurable: true });
      return None;
    });
    const da = method(cls, '__delattr__', ['self', 'name'], (self: any, name: string) => {
      if (typeOf(self) === cls || names.has(name)) throw pyErr(FrozenInstanceError, `cannot delete field ${repr(name)}`);
      delete self[name];
      return None;
    });
    if (setNew(cls, '__setattr__', sa)) throw pyErr(E.TypeError, `Cannot overwrite attribute __setattr__ in class ${cls.$name}`);
    if (setNew(cls, '__delattr__', da)) throw pyErr(E.TypeError, `Cannot overwrite attribute __delattr__ in class ${cls.$name}`);
  }
  const key = [p.unsafe_hash, p.eq, p.frozen, hasExplicitHash].map(b => (b ? 'T' : 'F')).join('');
  const action = HASH_ACTION[key];
  const hashF = flds.filter(f => (f.hash === None ? f.compare : f.hash));
  if (action === 'set') setattr(cls, '__hash__', None);
  else if (action === 'add') setattr(cls, '__hash__', method(cls, '__hash__', ['self'], (self: any) => hash(tuple(hashF.map(f => getattr(self, f.name))))));
  else if (action === 'error') throw pyErr(E.TypeError, `Cannot overwrite attribute __hash__ in class ${cls.$name}`);
  const doc = hasOwn(cls, '__doc__') ? cls.prototype.__doc__ : (cls.$meta?.doc ?? None);
  if (doc === None || doc === undefined) setattr(cls, '__doc__', cls.$name + docSignature(std, kwo));
  if (p.match_args) setNew(cls, '__match_args__', tuple(std.filter(f => f.init).map(f => f.name)));
  return cls;
}

function docSignature(std: Field[], kwo: Field[]): string {
  const ps: ParamInfo[] = [];
  const add = (f: Field, kind: ParamInfo['kind']) => {
    if (!f.init) return;
    const d = f.default_factory !== MISSING ? HAS_DEFAULT_FACTORY : f.default;
    ps.push({ name: f.name, kind, annotation: f.type, default: d === MISSING ? undefined : d });
  };
  std.forEach(f => add(f, 'POSITIONAL_OR_KEYWORD'));
  kwo.forEach(f => add(f, 'KEYWORD_ONLY'));
  return formatSignature(ps);
}

class DataclassParams extends PyObject {
  init = true; repr = true; eq = true; order = false; unsafe_hash = false; frozen = false;
  __repr__() {
    return `_DataclassParams(init=${pyBool(this.init)},repr=${pyBool(this.repr)},eq=${pyBool(this.eq)},order=${pyBool(this.order)},unsafe_hash=${pyBool(this.unsafe_hash)},frozen=${pyBool(this.frozen)})`;
  }
}
nativeClass({ name: '_DataclassParams', module: 'dataclasses', es: DataclassParams });
const pyBool = (b: boolean) => (b ? 'True' : 'False');
function paramsObject(p: DcParams): any {
  const o = new DataclassParams();
  o.init = p.init; o.repr = p.repr; o.eq = p.eq; o.order = p.order; o.unsafe_hash = p.unsafe_hash; o.frozen = p.frozen;
  return o;
}
