// types.UnionType: what `int | None` gives when both operands are types, None, builtin generic
// aliases (list[int]) or unions (CPython's Objects/unionobject.c). Installed into the kernel's `|`
// operator through setTypeOr, so it works without importing anything.
import { PyObject, nativeClass, None, NotImplemented, isClass, noneTypeClass, tuple, PyClass, isInstance, isSubclass } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { repr, hash } from '../py/protocols';
import { setTypeOr } from '../py/ops';
import { PyGenericAlias } from '../py/listSeq';
import { frozenset } from '../py/set';

export class UnionType extends PyObject {
  constructor(public $unionArgs: any[] = []) { super(); }
  get __args__() { return tuple(this.$unionArgs.slice()); }
  get __parameters__() { return tuple([]); }
  __repr__() { return this.$unionArgs.map(itemRepr).join(' | '); }
  __eq__(o: any) {
    if (!(o instanceof UnionType)) return NotImplemented;
    const a = this.$unionArgs, b = o.$unionArgs;
    return a.length === b.length && a.every(x => b.includes(x));
  }
  __hash__() { return hash(frozenset(this.$unionArgs)); }
  __instancecheck__(v: any) { return this.$unionArgs.some(C => isInstance(v, C)); }
  __subclasscheck__(c: any) {
    if (!isClass(c)) throw pyErr(E.TypeError, 'issubclass() arg 1 must be a class');
    return this.$unionArgs.some(C => isSubclass(c, C));
  }
  __getitem__() { throw pyErr(E.TypeError, `${this.__repr__()} is not a generic class`); }
}
export const unionTypeClass: PyClass = nativeClass({ name: 'UnionType', module: 'types', es: UnionType });

/** unionobject.c union_repr_item */
function itemRepr(p: any): string {
  if (p === noneTypeClass) return 'None';
  if (p instanceof PyGenericAlias) return repr(p);
  if (isClass(p)) return p.$module === 'builtins' ? p.$qualname : `${p.$module}.${p.$qualname}`;
  return repr(p);
}

/** is_unionable: None, a class, a builtin generic alias or a union. */
const unionable = (x: any) => x === None || isClass(x) || x instanceof PyGenericAlias || x instanceof UnionType;

/** The arguments of `a | b` flattened (nested unions) and deduplicated, None as NoneType. */
function unionArgs(items: any[]): any[] {
  const out: any[] = [];
  for (const x of items) {
    for (const p of x instanceof UnionType ? x.$unionArgs : [x === None ? noneTypeClass : x]) {
      if (!out.includes(p)) out.push(p);
    }
  }
  return out;
}

/** type.__or__ / type.__ror__: a UnionType, the single type when both sides are the same, or
 *  undefined (NotImplemented) when an operand cannot be part of a union. */
export function typeOr(a: any, b: any): any {
  if (!unionable(a) || !unionable(b) || (a === None && b === None)) return undefined;
  const args = unionArgs([a, b]);
  return args.length === 1 ? args[0] : new UnionType(args);
}
setTypeOr(typeOr);
