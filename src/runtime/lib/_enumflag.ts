// enum.Flag / IntFlag behaviour (3.11): composite pseudo-members named 'A|B', bitwise operators,
// membership, iteration over the contained single-bit members, STRICT (Flag) and KEEP (IntFlag)
// boundaries.
import { PyClass, None, NotImplemented, allocate, intClass, PyObject } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc } from '../py/call';
import { genIterType } from '../py/iterators';
import { staticMethod } from '../py/slice';
import { unwrap } from './_enummixin';

export interface FlagState { allBits: number }
interface Info { members: any[]; byValue: { get(k: any): any; set(k: any, v: any): void }; flag?: FlagState }

const bits = (n: number) => { let c = 0; for (let x = n; x; x &= x - 1) c++; return c; };
const isInt = (C: PyClass) => C.$mro.includes(intClass);
const bin = (n: number, w: number) => n.toString(2).padStart(w, '0');

/** The single-bit members whose bits are in `value`: by value (lowest bit first), or in
 *  definition order when the members were not defined in increasing value order (3.11's
 *  _iter_member_by_def_). */
function containedMembers(inf: Info, value: number): any[] {
  const single = inf.members.filter(m => bits(m._value_) === 1 && (value & m._value_) === m._value_);
  const values = inf.members.map(m => m._value_);
  const sorted = values.every((v, i) => i === 0 || values[i - 1] <= v);
  return sorted ? single.sort((a, b) => a._value_ - b._value_) : single;
}

/** The member (possibly a new pseudo-member) for an int value, or undefined if not a valid value. */
export function flagLookup(C: any, inf: Info, value: any): any {
  if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
  const all = inf.flag!.allBits;
  const extra = value & ~all;
  if (value < 0 || (extra && !isInt(C))) {
    if (!isInt(C)) {
      const w = Math.max(all.toString(2).length, value.toString(2).length);
      throw pyErr(E.ValueError, `<flag '${C.$name}'> invalid value ${value}\n    given 0b0 ${bin(value, w)}\n  allowed 0b0 ${bin(all, w)}`);
    }
    return undefined;
  }
  const single = containedMembers(inf, value);
  const m = allocate(C);
  const names = single.map(x => x._name_);
  if (extra) names.push(String(extra));
  Object.defineProperty(m, '_value_', { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(m, '_name_', { value: value === 0 ? None : names.join('|'), writable: true, enumerable: true, configurable: true });
  if (isInt(C)) { Object.defineProperty(m, '$enumMixin', { value: true }); Object.defineProperty(m, '$int', { value, writable: true }); }
  inf.byValue.set(value, m);
  return m;
}

const flagIter = genIterType('flag_iterator');

export function flagDict(flagClass: () => PyClass): Record<string, any> {
  const make = (self: any, v: number) => self.$cls(v);
  const other = (self: any, o: any): number | undefined => {
    if (o instanceof PyObject && (o as any).$cls === self.$cls) return (o as any)._value_;
    if (isInt(self.$cls) && typeof o === 'number') return o;
    return undefined;
  };
  const binop = (f: (a: number, b: number) => number) => function (this: any, o: any) {
    const b = other(this, o);
    return b === undefined ? NotImplemented : make(this, f(this._value_, b));
  };
  return {
    _generate_next_value_: staticMethod(pyfunc('_generate_next_value_', ['name', 'start', 'count', 'last_values'], (_n: any, start: any, count: number, last: any[]) => {
      if (!count) return start === None ? 1 : start;
      const hi = Math.max(...last.map(v => Number(unwrap(v))));
      return 2 ** Math.floor(Math.log2(hi) + 1);
    })),
    __or__: binop((a, b) => a | b), __ror__: binop((a, b) => a | b),
    __and__: binop((a, b) => a & b), __rand__: binop((a, b) => a & b),
    __xor__: binop((a, b) => a ^ b), __rxor__: binop((a, b) => a ^ b),
    __invert__(this: any) {
      const all = this.$cls.$enum.flag.allBits;
      return make(this, all & ~this._value_);
    },
    __contains__(this: any, o: any) {
      if (!(o instanceof PyObject) || !(o as any).$cls.$mro.includes(flagClass())) {
        throw pyErr(E.TypeError, `unsupported operand type(s) for 'in': '${(o as any)?.$cls?.$name ?? typeof o}' and '${this.$cls.$name}'`);
      }
      return (this._value_ & (o as any)._value_) === (o as any)._value_;
    },
    __iter__(this: any) {
      return flagIter.make(containedMembers(this.$cls.$enum, this._value_)[Symbol.iterator]());
    },
    __len__(this: any) { return bits(this._value_); },
    __bool__(this: any) { return this._value_ !== 0; },
  };
}
