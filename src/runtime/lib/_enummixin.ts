// Enum members of data-type enums (IntEnum, StrEnum, `class X(str, Enum)`...) are runtime objects
// that carry their value; the data type's methods are installed on the enum class as wrappers
// that run on the value, so arithmetic, comparisons, hashing and str methods behave as CPython's.
import { PyClass, intClass, strClass, floatClass } from '../py/object';

/** Names the enum machinery defines itself (never wrapped from the data type). */
const KEEP = new Set(['__repr__', '__str__', '__format__', '__init__', '__new__', '__getattribute__', '__setattr__',
  '__delattr__', '__reduce__', '__reduce_ex__', '__getnewargs__', '__class_getitem__', '__init_subclass__', '__dir__',
  '__sizeof__', '__doc__', '__module__', '$cls', '__class__', '__dict__', 'name', 'value']);

export const DATA_TYPES = () => [intClass, strClass, floatClass];

/** The builtin data type an enum class mixes in (int, str, float), if any. */
export function mixinOf(C: PyClass): PyClass | undefined {
  const types = DATA_TYPES();
  return C.$mro.find(k => types.includes(k));
}

export function unwrap(v: any): any {
  return v !== null && typeof v === 'object' && (v as any).$enumMixin === true ? v._value_ : v;
}

/** Install wrappers for every method of `T` on `C`'s own dict (unless C defines that name). */
export function installMixin(C: PyClass, T: PyClass, except: Set<string> = new Set()) {
  const proto = T.prototype;
  // Classes that come before the data type in the MRO (IntFlag's Flag operators) keep their methods.
  const before = C.$mro.slice(0, Math.max(C.$mro.indexOf(T), 0));
  for (const name of Reflect.ownKeys(proto)) {
    if (typeof name !== 'string' || KEEP.has(name) || except.has(name)) continue;
    if (before.some(k => Object.prototype.hasOwnProperty.call(k.prototype, name))) continue;
    const d = Object.getOwnPropertyDescriptor(proto, name)!;
    const f = d.value;
    if (typeof f !== 'function' || f.$isclass === true) continue;
    const w: any = function (this: any, ...a: any[]) { return f.apply(unwrap(this), a.map(unwrap)); };
    if (f.$callKw) w.$callKw = function (this: any, pos: any[], kw: Map<string, any>) { return f.$callKw.call(unwrap(this), pos.map(unwrap), kw); };
    w.$name = f.$name ?? name;
    Object.defineProperty(C.prototype, name, { value: w, writable: true, configurable: true, enumerable: false });
  }
}
