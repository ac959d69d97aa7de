// Tuple subclasses whose instances are real tuples (JS arrays with $t) carrying their class in a
// hidden `$nt` property: namedtuple classes, time.struct_time, sys.version_info, CacheInfo...
// The kernel's typeOf() returns `v.$nt` for such arrays (see src/runtime/lib/README.md).
import { PyObject, PyClass, nativeClass, tupleClass, None, tuple } from '../py/object';
import { repr } from '../py/protocols';
import { E, pyErr } from '../py/exceptions';
import { setOwn } from './_rt';

/** Make `items` a tuple instance of class C. */
export function mkTuple(C: PyClass, items: any[]): any[] {
  const a: any = tuple(items);
  Object.defineProperty(a, '$nt', { value: C, enumerable: false, writable: true, configurable: true });
  return a;
}

/** CPython's _collections._tuplegetter: the descriptor behind a namedtuple field. */
export class TupleGetter extends PyObject {
  constructor(public $i = 0, doc: any = None) { super(); setOwn(this, '__doc__', doc); }
  __get__(obj: any, _cls?: any) { return obj === None || obj === undefined ? this : obj[this.$i]; }
  __repr__() { return `_tuplegetter(${this.$i}, ${repr((this as any).__doc__)})`; }
  __set__(_obj: any, _v: any) { throw pyErr(E.AttributeError, "can't set attribute"); }
  __delete__(_obj: any) { throw pyErr(E.AttributeError, "can't delete attribute"); }
}
nativeClass({ name: '_tuplegetter', module: '_collections', es: TupleGetter });

/** Attribute that lives outside the tuple part (struct_time.tm_zone). */
export class ExtraGetter extends PyObject {
  constructor(public $k = '') { super(); }
  __get__(obj: any) { return obj === None || obj === undefined ? this : (obj.$x?.[this.$k] ?? None); }
}
nativeClass({ name: 'member_descriptor', module: 'builtins', es: ExtraGetter });

export interface StructSeqSpec {
  name: string;
  module: string;
  qualname?: string;
  fields: string[];
  /** Attributes not part of the tuple (read from `$x`). */
  extra?: string[];
  /** Number of leading fields shown in repr (all by default). */
  nRepr?: number;
  /** Build an instance from constructor arguments (default: a sequence of the fields). */
  make?: (C: PyClass, args: any[]) => any;
  dict?: Record<string, any>;
}

/** A C-level struct sequence (time.struct_time, sys.version_info, os.stat_result...). */
export function structSeq(spec: StructSeqSpec): PyClass {
  const reprName = spec.module === 'builtins' ? spec.name : `${spec.module}.${spec.name}`;
  const C: PyClass = nativeClass({
    name: spec.name, module: spec.module, bases: [tupleClass],
    new: (cls, args) => spec.make ? spec.make(cls, args) : mkTuple(cls, Array.from(args[0] ?? [])),
    dict: {
      __repr__(this: any[]) {
        const n = spec.nRepr ?? spec.fields.length;
        return `${reprName}(${spec.fields.slice(0, n).map((f, i) => `${f}=${repr(this[i])}`).join(', ')})`;
      },
      n_fields: spec.fields.length + (spec.extra?.length ?? 0),
      n_sequence_fields: spec.fields.length,
      n_unnamed_fields: 0,
      __match_args__: tuple(spec.fields.slice()),
      ...spec.dict,
    },
  });
  if (spec.qualname) C.$qualname = spec.qualname;
  spec.fields.forEach((f, i) => Object.defineProperty(C.prototype, f, { value: new TupleGetter(i), enumerable: false, configurable: true, writable: true }));
  for (const k of spec.extra ?? []) Object.defineProperty(C.prototype, k, { value: new ExtraGetter(k), enumerable: false, configurable: true, writable: true });
  return C;
}
