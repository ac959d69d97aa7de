// dataclasses.Field, MISSING, InitVar, KW_ONLY and field() (CPython 3.11 Lib/dataclasses.py).
import { PyObject, nativeClass, None, PyClass } from '../py/object';
import { E, pyErr, PyBaseException } from '../py/exceptions';
import { pyfunc } from '../py/call';
import { repr, str } from '../py/protocols';
import { newDict } from './_rt';
import { formatAnnotation } from './_sigfmt';

class MissingType extends PyObject {}
nativeClass({ name: '_MISSING_TYPE', module: 'dataclasses', es: MissingType });
export const MISSING: any = new MissingType();

class HasDefaultFactory extends PyObject { __repr__() { return '<factory>'; } }
nativeClass({ name: '_HAS_DEFAULT_FACTORY_CLASS', module: 'dataclasses', es: HasDefaultFactory });
export const HAS_DEFAULT_FACTORY: any = new HasDefaultFactory();

class FieldType extends PyObject {
  constructor(public $n = '') { super(); }
  __repr__() { return this.$n; }
}
nativeClass({ name: '_FIELD_BASE', module: 'dataclasses', es: FieldType });
export const FIELD = new FieldType('_FIELD');
export const FIELD_CLASSVAR = new FieldType('_FIELD_CLASSVAR');
export const FIELD_INITVAR = new FieldType('_FIELD_INITVAR');

export class Field extends PyObject {
  name: any = None; type: any = None;
  default: any = MISSING; default_factory: any = MISSING;
  init = true; repr = true; hash: any = None; compare = true;
  metadata: any = None; kw_only: any = MISSING;
  _field_type: any = None;
  __repr__() {
    return `Field(name=${repr(this.name)},type=${repr(this.type)},default=${repr(this.default)},default_factory=${repr(this.default_factory)},` +
      `init=${repr(this.init)},repr=${repr(this.repr)},hash=${repr(this.hash)},compare=${repr(this.compare)},metadata=${repr(this.metadata)},` +
      `kw_only=${repr(this.kw_only)},_field_type=${repr(this._field_type)})`;
  }
  __set_name__(owner: any, name: any) {
    const d = this.default;
    if (d && typeof d === 'object' && typeof d.__set_name__ === 'function') d.__set_name__(owner, name);
    return None;
  }
}
export const fieldClass = nativeClass({ name: 'Field', module: 'dataclasses', es: Field });

export function makeField(opts: Partial<Record<'default' | 'default_factory' | 'init' | 'repr' | 'hash' | 'compare' | 'metadata' | 'kw_only', any>>): Field {
  const f = new Field();
  const d = opts.default ?? MISSING, df = opts.default_factory ?? MISSING;
  if (d !== MISSING && df !== MISSING) throw pyErr(E.ValueError, 'cannot specify both default and default_factory');
  f.default = d; f.default_factory = df;
  f.init = opts.init ?? true; f.repr = opts.repr ?? true; f.hash = opts.hash ?? None; f.compare = opts.compare ?? true;
  f.metadata = mappingProxy(opts.metadata === undefined || opts.metadata === None ? newDict() : opts.metadata);
  f.kw_only = opts.kw_only ?? MISSING;
  return f;
}

class MappingProxy extends PyObject {
  constructor(public $d: any = None) { super(); }
  __getitem__(k: any) { return (this.$d as any).__getitem__(k); }
  __len__() { return (this.$d as any).__len__(); }
  __iter__() { return (this.$d as any).__iter__(); }
  __contains__(k: any) { return (this.$d as any).__contains__(k); }
  get(k: any, d: any = None) { return (this.$d as any).get(k, d); }
  keys() { return (this.$d as any).keys(); }
  values() { return (this.$d as any).values(); }
  items() { return (this.$d as any).items(); }
  __repr__() { return `mappingproxy(${repr(this.$d)})`; }
  __str__() { return str(this.$d); }
}
nativeClass({ name: 'mappingproxy', es: MappingProxy });
export function mappingProxy(d: any) { return new MappingProxy(d); }

export const fieldFn = pyfunc('field', ['*', 'default=', 'default_factory=', 'init=', 'repr=', 'hash=', 'compare=', 'metadata=', 'kw_only='],
  (d: any, df: any, init: any, rep: any, hash: any, compare: any, metadata: any, kwOnly: any) =>
    makeField({ default: d, default_factory: df, init, repr: rep, hash, compare, metadata, kw_only: kwOnly }),
  [MISSING, MISSING, true, true, None, true, None, MISSING]);

// ------------------------------------------------------------------ InitVar / KW_ONLY

export class InitVar extends PyObject {
  constructor(public type: any = None) { super(); }
  __repr__() { return `dataclasses.InitVar[${formatAnnotation(this.type)}]`; }
}
export const initVarClass: PyClass = nativeClass({
  name: 'InitVar', module: 'dataclasses', es: InitVar,
  new: (_C, args) => new InitVar(args[0]),
  dict: { __class_getitem__(t: any) { return new InitVar(t); } },
});

class KwOnlyType extends PyObject {}
export const KW_ONLY: PyClass = nativeClass({ name: 'KW_ONLY', module: 'dataclasses', es: KwOnlyType });

export const FrozenInstanceError: PyClass = nativeClass({ name: 'FrozenInstanceError', module: 'dataclasses', bases: [E.AttributeError], es: PyBaseException });

export function isInitVar(t: any): boolean {
  return t === initVarClass || t instanceof InitVar || (typeof t === 'string' && /^(dataclasses\.)?InitVar\b/.test(t));
}
export function isKwOnly(t: any): boolean {
  return t === KW_ONLY || (typeof t === 'string' && /^(dataclasses\.)?KW_ONLY$/.test(t));
}
