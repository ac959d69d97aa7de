// `enum` (CPython 3.11): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique. A class statement
// deriving from Enum is finished by the kernel's class hook ($onSubclass): its body's plain
// attributes become member objects (instances of the class, in definition order, aliases for
// repeated values), and the class gets the EnumType metaclass (iteration, len, `in`, repr).
import { PyObject, PyClass, nativeClass, None, typeClass, intClass, strClass, floatClass, objectClass, allocate, isTuple, typeName } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, call, Kw } from '../py/call';
import { callMethod, classLookup, getattr } from '../py/attrs';
import { repr, str, hash, iter } from '../py/protocols';
import { format } from '../py/format';
import { makeClass } from '../py/classes';
import { genIterType } from '../py/iterators';
import { staticMethod, classMethod } from '../py/slice';
import { registerModule } from '../py/modules';
import { StaticMethod, propertyClass } from '../py/descriptors';
import { HashMap } from './_hashmap';
import { prop, newDict, pyEq, dictEntries } from './_rt';
import { mixinOf, installMixin, unwrap } from './_enummixin';
import { mappingProxy } from './_dcfield';
import { flagDict, flagLookup, FlagState } from './_enumflag';

export interface EnumInfo { members: any[]; byName: Map<string, any>; byValue: HashMap; unhashable: any[]; flag?: FlagState }
export const info = (C: any): EnumInfo | undefined => C.$enum;

const memberIter = genIterType('enum_member_iterator');

function enumRepr(C: PyClass): string { return C.$mro.includes(flagClass) ? `<flag '${C.$name}'>` : `<enum '${C.$name}'>`; }

export const enumTypeClass: PyClass = nativeClass({ name: 'EnumType', module: 'enum', bases: [typeClass], dict: {
  __iter__(this: any) { return memberIter.make((info(this)?.members ?? []).slice()[Symbol.iterator]()); },
  __reversed__(this: any) { return memberIter.make((info(this)?.members ?? []).slice().reverse()[Symbol.iterator]()); },
  __len__(this: any) { return info(this)?.members.length ?? 0; },
  __contains__(this: any, m: any) {
    if (!(m instanceof PyObject) || !(m.$cls.$mro.includes(enumClass))) {
      throw pyErr(E.TypeError, `unsupported operand type(s) for 'in': '${typeName(m)}' and '${typeName(this)}'`);
    }
    return m.$cls === this || m.$cls.$mro.includes(this);
  },
  __repr__(this: any) { return enumRepr(this); },
  __bool__() { return true; },
} });

class Auto extends PyObject { value: any = None; __repr__() { return `auto(${repr(this.value)})`; } }
const AUTO_PENDING = {};
export const autoClass = nativeClass({ name: 'auto', module: 'enum', es: Auto, new: () => { const a = new Auto(); a.value = AUTO_PENDING; return a; } });

/** Default _generate_next_value_ of Enum (3.11): last value + 1, else start. */
function nextValueEnum(_name: any, start: any, count: number, last: any[]): any {
  if (!count) return start;
  for (let i = last.length - 1; i >= 0; i--) {
    const v = last[i];
    if (typeof v === 'number' || typeof v === 'bigint') return typeof v === 'number' ? v + 1 : v + 1n;
  }
  return start;
}
const genEnum = staticMethod(pyfunc('_generate_next_value_', ['name', 'start', 'count', 'last_values'], nextValueEnum));

function lookup(C: any, value: any): any {
  const inf = info(C)!;
  if (value instanceof PyObject && (value as any).$cls === C) return value;
  let m: any;
  try { m = inf.byValue.get(value); } catch { m = inf.unhashable.find(x => pyEq(x._value_, value)); }
  if (m !== undefined) return m;
  if (inf.flag) { const f = flagLookup(C, inf, value); if (f !== undefined) return f; }
  const missing = callMethod(C, '_missing_', value);
  if (missing instanceof PyObject && (missing as any).$cls.$mro.includes(C)) return missing;
  if (missing !== None) throw pyErr(E.TypeError, `error in ${C.$name}._missing_: returned ${repr(missing)} instead of None or a valid member`);
  throw pyErr(E.ValueError, `${repr(value)} is not a valid ${C.$qualname}`);
}

function enumNew(C: any, args: any[], kw?: Kw): any {
  const inf = info(C);
  if ((!inf || !inf.members.length) && (args.length >= 2 || kw?.has('names'))) return functional(C, args, kw);
  if (!inf) throw pyErr(E.TypeError, `${C.$name}() takes exactly one argument`);
  if (args.length !== 1 || (kw && kw.size)) throw pyErr(E.TypeError, `${C.$qualname}.__new__() takes 2 positional arguments but ${args.length + 1} were given`);
  return lookup(C, args[0]);
}

function functional(base: PyClass, args: any[], kw?: Kw): PyClass {
  const name = args[0];
  let names = args.length > 1 ? args[1] : kw!.get('names');
  const start = kw?.get('start') ?? 1;
  let pairs: [string, any][];
  if (typeof names === 'string') names = names.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  if (names && typeof names === 'object' && !Array.isArray(names) && typeof (names as any).$entries === 'function') pairs = dictEntries(names) as any;
  else {
    const items = Array.from(iter(names));
    pairs = items.map((x: any, i: number) => (typeof x === 'string' ? [x, base.$mro.includes(flagClass) ? 2 ** i : start + i] : [x[0], x[1]]));
  }
  return makeClass(name, [base], (ns) => { for (const [k, v] of pairs) ns[k] = v; }, { module: kw?.get('module') ?? '__main__', qualname: kw?.get('qualname') ?? name });
}

const isDescriptor = (v: any) => (typeof v === 'function' && v.$isclass !== true) ||
  (v instanceof PyObject && (typeof (v as any).__get__ === 'function' || typeof (v as any).__set__ === 'function' || typeof (v as any).__delete__ === 'function'));
const isDunder = (n: string) => n.length > 4 && n.startsWith('__') && n.endsWith('__');
const isSunder = (n: string) => n.length > 2 && n[0] === '_' && n[n.length - 1] === '_' && n[1] !== '_' && n[n.length - 2] !== '_';

const isFlagAlias = (v: any) => typeof v === 'number' && (v <= 0 || (v & (v - 1)) !== 0);

function processEnum(C: any): PyClass {
  for (const b of C.$mro.slice(1)) {
    const bi = info(b);
    if (bi && bi.members.length) throw pyErr(E.TypeError, `${enumRepr(C)} cannot extend ${enumRepr(b)}`);
  }
  C.$metaclass = enumTypeClass;
  C.$new = enumNew;
  C.$onSetattr = (name: string) => { // EnumType.__setattr__
    if (inf.byName.has(name)) throw pyErr(E.AttributeError, `cannot reassign member ${repr(name)}`);
  };
  const mixin = mixinOf(C);
  const isFlag = C.$mro.includes(flagClass);
  const inf: EnumInfo = { members: [], byName: new Map(), byValue: new HashMap(), unhashable: [] };
  if (isFlag) inf.flag = { allBits: 0 };
  C.$enum = inf;
  const own = C.prototype;
  const ignore = new Set<string>();
  if (Object.prototype.hasOwnProperty.call(own, '_ignore_')) {
    const ig = own._ignore_;
    for (const n of typeof ig === 'string' ? ig.split(/[\s,]+/).filter(Boolean) : Array.from(iter(ig)) as string[]) ignore.add(n);
  }
  const gen = classLookup(C, '_generate_next_value_');
  const genFn = gen instanceof StaticMethod ? gen.__func__ : getattr(C, '_generate_next_value_');
  const lastValues: any[] = [];
  const hasInit = classLookup(C, '__init__') !== enumInit && classLookup(C, '__init__') !== (mixin ? mixin.prototype.__init__ : undefined);
  if (mixin) { installMixin(C, mixin); fixDataTypeMethods(C, mixin); }
  for (const name of Object.keys(own)) {
    if (isDunder(name) || isSunder(name) || name.startsWith(`_${C.$name}__`) || ignore.has(name)) {
      if (ignore.has(name)) delete own[name];
      continue;
    }
    const desc = Object.getOwnPropertyDescriptor(own, name)!;
    if (desc.get || desc.set) continue; // a property (installed as a JS accessor)
    let value = desc.value;
    if (isDescriptor(value)) continue;
    if (value instanceof Auto) {
      if (value.value === AUTO_PENDING) value.value = call(genFn, name, 1, inf.byName.size, lastValues.slice());
      value = value.value;
    }
    if (Array.isArray(value) && isTuple(value) && value.some(v => v instanceof Auto)) value = value.map((v: any) => (v instanceof Auto ? call(genFn, name, 1, inf.byName.size, lastValues.slice()) : v));
    lastValues.push(value);
    let existing: any;
    try { existing = inf.byValue.get(value); } catch { existing = inf.unhashable.find(x => pyEq(x._value_, value)); }
    if (existing !== undefined) { inf.byName.set(name, existing); Object.defineProperty(own, name, { value: existing, enumerable: true, writable: true, configurable: true }); continue; }
    const m = allocate(C);
    Object.defineProperty(m, '_value_', { value: mixin === intClass && typeof value === 'boolean' ? Number(value) : value, writable: true, enumerable: true, configurable: true });
    Object.defineProperty(m, '_name_', { value: name, writable: true, enumerable: true, configurable: true });
    if (mixin) Object.defineProperty(m, '$enumMixin', { value: true });
    if (mixin === intClass) Object.defineProperty(m, '$int', { value: m._value_, writable: true });
    if (mixin === floatClass) (m as any).v = Number(unwrap(value)?.v ?? value);
    if (mixin === strClass && typeof value !== 'string') throw pyErr(E.TypeError, `${repr(value)} is not a string`);
    if (hasInit) callMethod(m, '__init__', ...(isTuple(value) ? value : [value]));
    // 3.11: a Flag member whose value is not a single bit (0, or several bits) is an alias
    if (!inf.flag || !isFlagAlias(m._value_)) inf.members.push(m);
    inf.byName.set(name, m);
    try { inf.byValue.set(m._value_, m); } catch { inf.unhashable.push(m); }
    if (inf.flag && typeof m._value_ === 'number') inf.flag.allBits |= m._value_;
    Object.defineProperty(own, name, { value: m, enumerable: true, writable: true, configurable: true });
  }
  const hidden = (k: string, v: any) => Object.defineProperty(own, k, { value: v, enumerable: false, writable: true, configurable: true });
  hidden('_member_names_', inf.members.map(m => m._name_));
  hidden('_member_map_', newDict([...inf.byName]));
  hidden('__members__', mappingProxy(newDict([...inf.byName])));
  hidden('_value2member_map_', newDict([...new Set(inf.byName.values())].filter(m => !inf.unhashable.includes(m)).map(m => [m._value_, m])));
  return C;
}

/** EnumType.__new__: where the data type's (or object's) __repr__/__str__/__format__ would win
 *  over the enum's, use the enum's (ReprEnum keeps the data type's str/format). */
function fixDataTypeMethods(C: any, mixin: PyClass) {
  const firstEnum = C.$mro.slice(1).find((k: any) => k.$mro.includes(enumClass));
  for (const name of ['__repr__', '__str__', '__format__', '__reduce_ex__']) {
    if (Object.prototype.hasOwnProperty.call(C.prototype, name)) continue;
    const found = classLookup(C, name);
    if (found === mixin.prototype[name] || found === classLookup(objectClass, name)) {
      Object.defineProperty(C.prototype, name, { value: classLookup(firstEnum, name), writable: true, configurable: true, enumerable: false });
    }
  }
}

// ------------------------------------------------------------------ the base classes

const enumInit: any = function () { return None; };
const enumDict: Record<string, any> = {
  __init__: enumInit,
  __repr__(this: any) {
    const C = this.$cls;
    const mixin = mixinOf(C);
    const v = mixin ? mixin.prototype.__repr__.call(this._value_) : repr(this._value_);
    return this._name_ === None ? `<${C.$name}: ${v}>` : `<${C.$name}.${this._name_}: ${v}>`;
  },
  __str__(this: any) { return this._name_ === None ? `${this.$cls.$name}(${repr(this._value_)})` : `${this.$cls.$name}.${this._name_}`; },
  __format__(this: any, spec: any) { return format(str(this), spec); },
  __hash__(this: any) { return hash(this._name_); },
  __reduce_ex__(this: any) { return [this.$cls, [this._value_]]; },
  __copy__(this: any) { return this; },
  __deepcopy__(this: any) { return this; },
  __dir__(this: any) { return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']; },
  name: prop('name', (m: any) => m._name_),
  value: prop('value', (m: any) => m._value_),
  _missing_: classMethod(function () { return None; }),
  _generate_next_value_: genEnum,
  __class_getitem__(this: any, name: any) {
    const m = info(this)?.byName.get(name);
    if (m === undefined) throw pyErr(E.KeyError, name);
    return m;
  },
};
export const enumClass: PyClass = nativeClass({ name: 'Enum', module: 'enum', dict: enumDict });
for (const C of [enumClass]) { (C as any).$metaclass = enumTypeClass; (C as any).$new = enumNew; (C as any).$onSubclass = processEnum; (C as any).$enum = { members: [], byName: new Map(), byValue: new HashMap(), unhashable: [] }; }

/** ReprEnum: str() and format() are the data type's (IntEnum, StrEnum, IntFlag). */
const reprEnumDict = {
  __str__(this: any) { return str(this._value_); },
  __format__(this: any, spec: any) { return format(unwrap(this), spec); },
};
export const reprEnumClass: PyClass = nativeClass({ name: 'ReprEnum', module: 'enum', bases: [enumClass], dict: reprEnumDict });
export const intEnumClass: PyClass = nativeClass({ name: 'IntEnum', module: 'enum', bases: [intClass, reprEnumClass], dict: { ...reprEnumDict } });
export const strEnumClass: PyClass = nativeClass({ name: 'StrEnum', module: 'enum', bases: [strClass, reprEnumClass], dict: {
  ...reprEnumDict,
  _generate_next_value_: staticMethod(pyfunc('_generate_next_value_', ['name', 'start', 'count', 'last_values'], (n: string) => n.toLowerCase())),
} });
export const flagClass: PyClass = nativeClass({ name: 'Flag', module: 'enum', bases: [enumClass], dict: flagDict(() => flagClass) });
export const intFlagClass: PyClass = nativeClass({ name: 'IntFlag', module: 'enum', bases: [intClass, reprEnumClass, flagClass], dict: { ...reprEnumDict } });
for (const C of [reprEnumClass, intEnumClass, strEnumClass, flagClass, intFlagClass]) {
  (C as any).$metaclass = enumTypeClass; (C as any).$new = enumNew; (C as any).$enum = { members: [], byName: new Map(), byValue: new HashMap(), unhashable: [] };
}
installMixin(intEnumClass, intClass);
installMixin(strEnumClass, strClass);
for (const C of [intEnumClass, strEnumClass, intFlagClass]) {
  Object.defineProperty(C.prototype, '__repr__', { value: enumDict.__repr__, writable: true, configurable: true });
  for (const k of ['__str__', '__format__'] as const) Object.defineProperty(C.prototype, k, { value: reprEnumDict[k], writable: true, configurable: true });
}
for (const k of ['__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__', '__contains__', '__iter__', '__len__', '__bool__']) {
  Object.defineProperty(intFlagClass.prototype, k, { value: flagClass.prototype[k], writable: true, configurable: true });
}
installMixin(intFlagClass, intClass, new Set(['__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__', '__contains__', '__iter__', '__len__', '__bool__']));

const unique = pyfunc('unique', ['enumeration'], (C: any) => {
  const dups = [...(info(C)?.byName ?? [])].filter(([n, m]) => n !== m._name_).map(([n, m]) => `${n} -> ${m._name_}`);
  if (dups.length) throw pyErr(E.ValueError, `duplicate values found in ${repr(C)}: ${dups.join(', ')}`);
  return C;
});

registerModule('enum', () => ({
  Enum: enumClass, IntEnum: intEnumClass, StrEnum: strEnumClass, Flag: flagClass, IntFlag: intFlagClass, ReprEnum: reprEnumClass,
  EnumType: enumTypeClass, EnumMeta: enumTypeClass, auto: autoClass, unique,
  global_enum: pyfunc('global_enum', ['cls'], (c: any) => c),
  verify: pyfunc('verify', ['*checks'], () => pyfunc('decorator', ['cls'], (c: any) => c)),
  member: pyfunc('member', ['value'], (v: any) => v),
  nonmember: pyfunc('nonmember', ['value'], (v: any) => v),
  property: propertyClass,
}));
export { lookup };
