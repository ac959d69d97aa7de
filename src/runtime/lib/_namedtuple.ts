// collections.namedtuple (CPython 3.11 Lib/collections/__init__.py): instances are real tuples
// (JS arrays with $t) that carry their class in `$nt` (see _tuplecls.ts).
import { PyClass, nativeClass, tupleClass, None, tuple, typeName } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, bindArgs, Sig, Kw } from '../py/call';
import { repr, iter } from '../py/protocols';
import { ClassMethod } from '../py/descriptors';
import { mkTuple, TupleGetter } from './_tuplecls';
import { newDict } from './_rt';

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
  'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
export const isIdentifier = (s: string) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);
export const isKeyword = (s: string) => KEYWORDS.has(s);

export interface NamedTupleOptions {
  rename?: boolean;
  defaults?: any[] | undefined;
  module?: string;
  /** Extra class-dict entries (methods from a typing.NamedTuple class body...). */
  dict?: Record<string, PropertyDescriptor>;
}

/** Field names from a string ("x y" / "x, y") or an iterable of strings. */
export function fieldNamesOf(spec: any): string[] {
  if (typeof spec === 'string') return spec.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  return Array.from(iter(spec), (x: any) => {
    if (typeof x !== 'string') throw pyErr(E.TypeError, 'Type names and field names must be strings');
    return x;
  });
}

export function namedtuple(typename: any, fieldSpec: any, opts: NamedTupleOptions = {}): PyClass {
  const fields = fieldNamesOf(fieldSpec);
  if (typeof typename !== 'string') throw pyErr(E.TypeError, 'Type names and field names must be strings');
  if (opts.rename) {
    const seen = new Set<string>();
    fields.forEach((name, i) => {
      if (!isIdentifier(name) || isKeyword(name) || name.startsWith('_') || seen.has(name)) fields[i] = `_${i}`;
      seen.add(fields[i]);
    });
  }
  for (const name of [typename, ...fields]) {
    if (!isIdentifier(name)) throw pyErr(E.ValueError, `Type names and field names must be valid identifiers: ${repr(name)}`);
    if (isKeyword(name)) throw pyErr(E.ValueError, `Type names and field names cannot be a keyword: ${repr(name)}`);
  }
  const seen = new Set<string>();
  for (const name of fields) {
    if (name.startsWith('_') && !opts.rename) throw pyErr(E.ValueError, `Field names cannot start with an underscore: ${repr(name)}`);
    if (seen.has(name)) throw pyErr(E.ValueError, `Encountered duplicate field name: ${repr(name)}`);
    seen.add(name);
  }
  const defaults = opts.defaults ?? [];
  if (defaults.length > fields.length) throw pyErr(E.TypeError, 'Got more default values than field names');
  const n = fields.length;
  const sig: Sig = {
    name: '__new__', qualname: `${typename}.__new__`, posonly: [], args: ['_cls', ...fields], kwonly: [],
    ndefaults: defaults.length, defaults,
  };
  const construct = (C: PyClass, args: any[], kw?: Kw) => {
    const slots = bindArgs(null, sig, [C, ...args], kw && kw.size ? kw : undefined);
    const first = n + 1 - defaults.length;
    const vals = Array.from(slots.slice(1, n + 1), (v, i) => (v === undefined && i + 1 >= first ? defaults[i + 1 - first] : v));
    return mkTuple(C, vals);
  };
  const make = (C: PyClass, iterable: any) => {
    const items = Array.from(iter(iterable));
    if (items.length !== n) throw pyErr(E.TypeError, `Expected ${n} arguments, got ${items.length}`);
    return mkTuple(C, items);
  };
  const C: PyClass = nativeClass({
    name: typename, module: opts.module ?? '__main__', bases: [tupleClass],
    new: (cls, args, kw) => construct(cls, args, kw),
    dict: {
      __doc__: `${typename}(${fields.join(', ')})`,
      __slots__: tuple([]),
      _fields: tuple(fields.slice()),
      _field_defaults: newDict(defaults.map((d, i) => [fields[n - defaults.length + i], d])),
      __match_args__: tuple(fields.slice()),
      __repr__(this: any[]) {
        return `${typeName(this)}(${fields.map((f, i) => `${f}=${repr(this[i])}`).join(', ')})`;
      },
      _asdict(this: any[]) { return newDict(fields.map((f, i) => [f, this[i]])); },
      _replace: pyfunc('_replace', ['**kwds'], function (this: any[], kwds: Kw) {
        const k = new Map(kwds);
        const vals = fields.map((f, i) => { if (k.has(f)) { const v = k.get(f); k.delete(f); return v; } return this[i]; });
        if (k.size) throw pyErr(E.ValueError, `Got unexpected field names: ${repr([...k.keys()])}`);
        return make((this as any).$nt ?? C, vals);
      }, [], `${typename}._replace`),
      __getnewargs__(this: any[]) { return tuple(this.slice()); },
      _make: new ClassMethod(pyfunc('_make', ['iterable'], function (this: PyClass, it: any) { return make(this, it); }, [], `${typename}._make`)),
    },
  });
  // __new__(_cls, x, y): what a subclass's `super().__new__(cls, ...)` reaches.
  const newFn: any = (cls: PyClass, ...args: any[]) => construct(cls, args);
  newFn.$py = 1; newFn.$name = '__new__'; newFn.$qualname = sig.qualname; newFn.$module = opts.module ?? '__main__';
  newFn.$callKw = (pos: any[], kw: Kw) => construct(pos[0], pos.slice(1), kw);
  Object.defineProperty(C.prototype, '__new__', { value: newFn, enumerable: false, writable: true, configurable: true });
  fields.forEach((f, i) => Object.defineProperty(C.prototype, f, {
    value: new TupleGetter(i, `Alias for field number ${i}`), enumerable: false, writable: true, configurable: true,
  }));
  for (const [k, d] of Object.entries(opts.dict ?? {})) Object.defineProperty(C.prototype, k, d);
  (C as any).$namedtuple = { fields, defaults, construct };
  return C;
}

/** The `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)` callable. */
export const namedtupleFn = pyfunc('namedtuple', ['typename', 'field_names', '*', 'rename=', 'defaults=', 'module='],
  (typename: any, fieldNames: any, rename: any, defaults: any, module: any) => namedtuple(typename, fieldNames, {
    rename: !!rename,
    defaults: defaults === None ? undefined : Array.from(iter(defaults)),
    module: module === None ? '__main__' : String(module),
  }), [false, None, None]);
