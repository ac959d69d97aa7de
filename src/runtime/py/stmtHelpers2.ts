// Helpers for match statements, except*, del of names, notebook display and cells.
import { None, typeName, isClass, tuple, isTuple, PyClass, intClass, strClass, floatClass, boolClass } from './object';
import { E, pyErr, PyBaseException } from './exceptions';
import { iter, repr, len, getitem, contains } from './protocols';
import { callMethod, getattr, hasattr, lookupSpecial } from './attrs';
import { coroutine } from './generators';
import { recordRaise } from './traceback';
import { caught } from './raise';
import { call } from './call';

export { free as freeVar } from './stmtHelpers';
export { argError } from './call';
export { endExcept } from './raise';


/** `del x` for a global or class-body name. */
export function delName(ns: any, name: string) {
  if (!Object.prototype.hasOwnProperty.call(ns, name)) {
    const e = pyErr(E.NameError, `name '${name}' is not defined`); e.name = name; recordRaise(e, delName); throw e;
  }
  delete ns[name];
}

/** `**m` inside a dict display: [key, value] pairs. */
export function mappingItems(m: any): [any, any][] {
  if (lookupSpecial(m, 'keys') === undefined) throw pyErr(E.TypeError, `'${typeName(m)}' object is not a mapping`);
  const out: [any, any][] = [];
  for (const k of iter(callMethod(m, 'keys'))) out.push([k, getitem(m, k)]);
  return out;
}

// ------------------------------------------------------------------ match
const SEQ_EXCLUDED = new Set(['str', 'bytes', 'bytearray']);
function isSequence(v: any): boolean {
  if (Array.isArray(v)) return true;
  if (typeof v !== 'object' || v === null) return false;
  const C = v.$cls; if (!C) return false;
  if (SEQ_EXCLUDED.has(C.$name)) return false;
  const names = C.$mro.map((k: PyClass) => k.$name);
  return names.includes('range') || names.includes('deque') || (C.$mro.some((k: any) => k.$isSequence === true));
}
/** Sequence pattern with n sub-patterns, star at starIndex (-1 none): sub-values or undefined. */
export function matchSeq(v: any, n: number, star: number): any[] | undefined {
  if (!isSequence(v)) return undefined;
  const items = Array.isArray(v) ? v : Array.from(iter(v));
  if (star < 0) return items.length === n ? items.slice() : undefined;
  if (items.length < n - 1) return undefined;
  const after = n - 1 - star;
  return [...items.slice(0, star), items.slice(star, items.length - after), ...items.slice(items.length - after)];
}
/** Mapping pattern: the values for `keys` (then a dict of the rest when hasRest), or undefined. */
export function matchMap(v: any, keys: any[], hasRest: boolean): any[] | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || lookupSpecial(v, 'keys') === undefined || lookupSpecial(v, '__getitem__') === undefined) return undefined;
  const isMapping = v.$cls?.$mro?.some((k: any) => k.$name === 'dict' || k.$name === 'Mapping' || k.$isMapping);
  if (!isMapping) return undefined;
  const out: any[] = [];
  for (const k of keys) {
    if (!contains(v, k)) return undefined;
    out.push(getitem(v, k));
  }
  if (hasRest) {
    const rest: [any, any][] = [];
    for (const k of iter(callMethod(v, 'keys'))) if (!keys.some(x => x === k || require('./ops').eq(x, k))) rest.push([k, getitem(v, k)]);
    out.push(require('./dict').dict(rest));
  }
  return out;
}
const SELF_MATCH = new Set<PyClass>();
/** Class pattern: [0, ...positional sub-values, ...keyword sub-values], or undefined. */
export function matchClass(v: any, cls: any, nPos: number, kwNames: string[]): any[] | undefined {
  if (!isClass(cls)) throw pyErr(E.TypeError, 'called match pattern must be a class');
  if (!require('./object').isInstance(v, cls)) return undefined;
  if (!SELF_MATCH.size) for (const C of [intClass, strClass, floatClass, boolClass]) SELF_MATCH.add(C);
  const out: any[] = [0];
  if (nPos) {
    const selfMatch = [...SELF_MATCH].some(C => cls === C || cls.$name === C.$name) || ['bytes', 'dict', 'list', 'set', 'frozenset', 'tuple', 'bytearray'].includes(cls.$name) && cls.$module === 'builtins';
    if (selfMatch && !hasattr(cls, '__match_args__')) {
      if (nPos > 1) throw pyErr(E.TypeError, `${cls.$name}() accepts 1 positional sub-pattern (${nPos} given)`);
      out.push(v);
    } else {
      let ma: any;
      try { ma = getattr(cls, '__match_args__'); } catch { ma = undefined; }
      if (ma === undefined) throw pyErr(E.TypeError, `${cls.$name}() accepts 0 positional sub-patterns (${nPos} given)`);
      if (!isTuple(ma)) throw pyErr(E.TypeError, `${cls.$name}.__match_args__ must be a tuple (got ${typeName(ma)})`);
      if (nPos > ma.length) throw pyErr(E.TypeError, `${cls.$name}() accepts ${ma.length} positional sub-pattern${ma.length === 1 ? '' : 's'} (${nPos} given)`);
      for (let i = 0; i < nPos; i++) { if (!hasattr(v, ma[i])) return undefined; out.push(getattr(v, ma[i])); }
    }
  }
  for (const k of kwNames) { if (!hasattr(v, k)) return undefined; out.push(getattr(v, k)); }
  return out;
}

// ------------------------------------------------------------------ notebooks
let displayImpl: (v: any) => void = () => {};
export function setDisplayHook(f: (v: any) => void) { displayImpl = f; }
/** A cell's trailing expression: shown by its repr, as IPython does (None shows nothing). */
export function displayhook(v: any): any {
  if (v !== None && v !== undefined) displayImpl(v);
  return None;
}
const cellFn: any = Object.assign(function cell() { /* */ }, { $name: '<cell>', $qualname: '<cell>', $py: 1 });
/** A notebook cell with top-level await: a coroutine the kernel runs as a task. */
export function cellCoroutine(body: () => Generator<any, any, any>) {
  return coroutine(cellFn, body);
}
void repr; void len; void tuple;
