// typing's subscriptable placeholders: special forms (Any, Union, Optional, ClassVar...) and generic
// aliases (List[int]...), with CPython 3.11's reprs, get_origin/get_args and isinstance rules.
import { PyObject, nativeClass, None, NotImplemented, tuple, isClass, isTuple, noneTypeClass, Ellipsis } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { call } from '../py/call';
import { repr, hash } from '../py/protocols';
import { frozenset } from '../py/set';
import { getattrDefault } from '../py/attrs';
import { pyEq } from './_rt';
import { UnionType, unionTypeClass } from './_uniontype';

/** typing._type_repr */
export function typeRepr(t: any): string {
  if (isClass(t)) return t.$module === 'builtins' ? t.$qualname : `${t.$module}.${t.$qualname}`;
  if (t === Ellipsis) return '...';
  if (typeof t === 'function' && t.$isclass !== true) return t.$name ?? t.name;
  return repr(t);
}
const argOf = (a: any) => (a === None ? noneTypeClass : a);

/** A special form: typing.Any, typing.Union, typing.ClassVar... `$special` is its name. */
export class SpecialForm extends PyObject {
  constructor(public $special = '', public $getitem?: (params: any[]) => any) { super(); }
  __repr__() { return `typing.${this.$special}`; }
  __getitem__(p: any) {
    if (!this.$getitem) throw pyErr(E.TypeError, `typing.${this.$special} is not subscriptable`);
    return this.$getitem(isTuple(p) ? p.slice() : [p]);
  }
  __call__() { throw pyErr(E.TypeError, `Cannot instantiate typing.${this.$special}`); }
  __or__(o: any) { return unionOf([this, o]); }
  __ror__(o: any) { return unionOf([o, this]); }
  __reduce__() { return this.$special; }
}
nativeClass({ name: '_SpecialForm', module: 'typing', es: SpecialForm });

/** typing._GenericAlias / _SpecialGenericAlias. */
export class GenericAlias extends PyObject {
  constructor(public $origin: any = None, public $args: any[] | null = null, public $name = '', public $form?: SpecialForm) { super(); }
  get __origin__() { return this.$form ?? this.$origin; }
  get __args__() { return tuple((this.$args ?? []).slice()); }
  get _name() { return this.$name; }
  /** isinstance(x, Optional[int]) checks the union's arguments. */
  get $unionArgs() { return this.$form === UNION ? this.$args : undefined; }
  __repr__(): string {
    const n = `typing.${this.$name}`;
    const a = this.$args;
    if (a === null) return n;
    if (this.$name === 'Optional') return `typing.Optional[${typeRepr(a.find(x => x !== noneTypeClass))}]`;
    if (this.$name === 'Callable' && a.length) {
      const params = a.slice(0, -1), ret = a[a.length - 1];
      const ps = params.length === 1 && params[0] === Ellipsis ? '...' : `[${params.map(typeRepr).join(', ')}]`;
      return `${n}[${ps}, ${typeRepr(ret)}]`;
    }
    if (!a.length) return `${n}[()]`;
    if (this.$name === 'Literal' || this.$name === 'Annotated') {
      return this.$name === 'Literal' ? `${n}[${a.map(x => repr(x)).join(', ')}]` : `${n}[${typeRepr(a[0])}, ${a.slice(1).map(x => repr(x)).join(', ')}]`;
    }
    return `${n}[${a.map(typeRepr).join(', ')}]`;
  }
  __getitem__(p: any) {
    if (this.$args !== null) throw pyErr(E.TypeError, `${this.__repr__()} is not a generic class`);
    const params = isTuple(p) ? p.slice() : [p];
    if (this.$name === 'Callable') {
      if (params.length !== 2) throw pyErr(E.TypeError, 'Callable must be used as Callable[[arg, ...], result].');
      const [args, ret] = params;
      return new GenericAlias(this.$origin, [...(Array.isArray(args) ? args.map(argOf) : [args]), argOf(ret)], 'Callable');
    }
    return new GenericAlias(this.$origin, params.map(argOf), this.$name);
  }
  __call__(...args: any[]) {
    if (!isClass(this.$origin)) throw pyErr(E.TypeError, `Type ${this.$name} cannot be instantiated; use ${this.$origin} instead`);
    return call(this.$origin, ...args);
  }
  __eq__(o: any) {
    if (!(o instanceof GenericAlias)) return false;
    const a = this.$args ?? [], b = o.$args ?? [];
    return this.$origin === o.$origin && this.$name === o.$name && a.length === b.length && a.every((x, i) => pyEq(x, b[i]));
  }
  __hash__() { return 0x5eed ^ (this.$args?.length ?? 0); }
  __or__(o: any) { return unionOf([this, o]); }
  __ror__(o: any) { return unionOf([o, this]); }
  __mro_entries__() { return tuple([this.$origin]); }
}
export const genericAliasClass = nativeClass({ name: '_GenericAlias', module: 'typing', es: GenericAlias });
/** typing.Union[...] / Optional[...]: equal to any union (typing's or `int | str`) with the same set of arguments. */
class UnionGenericAlias extends GenericAlias {
  __eq__(o: any) {
    const other = o instanceof UnionGenericAlias ? o.$args! : o instanceof UnionType ? o.$unionArgs : undefined;
    if (other === undefined) return NotImplemented;
    const a = this.$args!;
    return a.every(x => other.some(y => pyEq(x, y))) && other.every(y => a.some(x => pyEq(x, y)));
  }
  __hash__() { return hash(frozenset(this.$args!)); }
}
nativeClass({ name: '_UnionGenericAlias', module: 'typing', es: UnionGenericAlias, bases: [genericAliasClass] });

function flattenUnion(params: any[]): any[] {
  const out: any[] = [];
  for (let p of params) {
    p = argOf(p);
    const parts = p instanceof GenericAlias && p.$form === UNION ? p.$args! : p instanceof UnionType ? p.$unionArgs : [p];
    for (const x of parts) if (!out.some(y => y === x || pyEq(y, x))) out.push(x);
  }
  return out;
}
export function unionOf(params: any[]): any {
  if (!params.length) throw pyErr(E.TypeError, 'Cannot take a Union of no types.');
  const args = flattenUnion(params);
  if (args.length === 1) return args[0];
  const name = args.length === 2 && args.includes(noneTypeClass) ? 'Optional' : 'Union';
  return new UnionGenericAlias(UNION, args, name, UNION);
}

export const UNION: SpecialForm = new SpecialForm('Union', unionOf);
const simpleForm = (name: string, arity?: number) => new SpecialForm(name, (params) => {
  if (arity !== undefined && params.length !== arity) throw pyErr(E.TypeError, `typing.${name} accepts only single type. Got ${repr(tuple(params))}.`);
  const g = new GenericAlias(FORMS[name], params.map(argOf), name, FORMS[name]);
  return g;
});
export const FORMS: Record<string, SpecialForm> = Object.create(null);
for (const [name, arity] of [['ClassVar', 1], ['Final', 1], ['Literal', undefined], ['Annotated', undefined], ['TypeGuard', 1],
  ['Required', 1], ['NotRequired', 1], ['Unpack', 1], ['Concatenate', undefined]] as const) {
  FORMS[name] = simpleForm(name, arity as number | undefined);
}
FORMS.Literal.$getitem = (params) => new GenericAlias(FORMS.Literal, params, 'Literal', FORMS.Literal);
for (const name of ['Any', 'NoReturn', 'Never', 'Self', 'LiteralString', 'TypeAlias']) FORMS[name] = new SpecialForm(name);
FORMS.Union = UNION;
FORMS.Optional = new SpecialForm('Optional', (params) => {
  if (params.length !== 1) throw pyErr(E.TypeError, `typing.Optional requires a single type. Got ${repr(tuple(params))}.`);
  return unionOf([params[0], None]);
});

/** A bare generic alias such as typing.List (origin list). */
export function alias(name: string, origin: any): GenericAlias { return new GenericAlias(origin, null, name); }

export function getOrigin(t: any): any {
  if (t instanceof GenericAlias) {
    if (t.$form === FORMS.Annotated) return getOrigin(t.$args![0]);
    return t.$args === null && !(t.$form) ? t.$origin : (t.$form ?? t.$origin);
  }
  if (t instanceof UnionType) return unionTypeClass;
  if (t === FORMS.Any) return None;
  return getattrDefault(t, '__origin__', None);
}
export function getArgs(t: any): any {
  if (t instanceof GenericAlias && t.$args) return tuple(t.$args.slice());
  if (t instanceof UnionType) return tuple(t.$unionArgs.slice());
  return tuple([]);
}
