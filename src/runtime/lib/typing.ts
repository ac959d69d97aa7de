// `typing`: annotation placeholders (subscriptable, with CPython's reprs), TypeVar, Generic,
// Protocol (+runtime_checkable), NamedTuple (class syntax → namedtuple), TypedDict, NewType...
import { PyObject, PyClass, nativeClass, None, tuple, isClass, typeClass, listClass, tupleClass, strClass, objectClass, typeOf } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, Kw } from '../py/call';
import { repr, iter } from '../py/protocols';
import { getattrDefault, classLookup } from '../py/attrs';
import { registerModule, importModule } from '../py/modules';
import { PyDict } from '../py/dict';
import { dictClass } from '../py/dictMethods';
import { setClass, frozensetClass } from '../py/set';
import { writeErr } from '../py/io';
import { bytesClass } from '../py/bytes';
import { FORMS, alias, unionOf, getOrigin, getArgs } from './_typingalias';
import { namedtuple } from './_namedtuple';
import { ABCS } from './_abc';
import { dictEntries, newDict } from './_rt';

// ------------------------------------------------------------------ TypeVar / ParamSpec

class TypeVar extends PyObject {
  __name__ = ''; __bound__: any = None; __constraints__: any = tuple([]); __covariant__ = false; __contravariant__ = false;
  __repr__() { return (this.__covariant__ ? '+' : this.__contravariant__ ? '-' : '~') + this.__name__; }
  __or__(o: any) { return unionOf([this, o]); }
  __ror__(o: any) { return unionOf([o, this]); }
}
const typeVarClass = nativeClass({ name: 'TypeVar', module: 'typing', es: TypeVar, new: (_C, args, kw) => {
  const t = new TypeVar();
  if (typeof args[0] !== 'string') throw pyErr(E.TypeError, 'TypeVar name must be a string');
  t.__name__ = args[0];
  t.__constraints__ = tuple(args.slice(1));
  if (args.length === 2) throw pyErr(E.TypeError, 'A single constraint is not allowed');
  t.__bound__ = kw?.get('bound') ?? None;
  t.__covariant__ = !!kw?.get('covariant'); t.__contravariant__ = !!kw?.get('contravariant');
  if (t.__covariant__ && t.__contravariant__) throw pyErr(E.ValueError, 'Bivariant types are not supported.');
  return t;
} });
class ParamSpec extends TypeVar {
  get args() { return new ParamSpecPart(this, 'args'); }
  get kwargs() { return new ParamSpecPart(this, 'kwargs'); }
}
class ParamSpecPart extends PyObject {
  constructor(public $p: any = None, public $k = '') { super(); }
  __repr__() { return `${this.$p.__name__}.${this.$k}`; }
}
nativeClass({ name: 'ParamSpecArgs', module: 'typing', es: ParamSpecPart });
const paramSpecClass = nativeClass({ name: 'ParamSpec', module: 'typing', es: ParamSpec, new: (_C, args) => {
  const p = new ParamSpec(); p.__name__ = args[0]; return p;
} });
const typeVarTupleClass = nativeClass({ name: 'TypeVarTuple', module: 'typing', es: class extends TypeVar { __repr__() { return this.__name__; } }, new: (C, args) => {
  const p: any = Reflect.construct(C.$es, [], C); p.__name__ = args[0]; return p;
} });

// ------------------------------------------------------------------ Generic / Protocol

function selfGetitem(this: any) { return this; }
const genericClass: PyClass = nativeClass({ name: 'Generic', module: 'typing', dict: { __class_getitem__: selfGetitem, __slots__: tuple([]) } });

/** Names a protocol class declares (its own class-dict members, minus the machinery). */
function protocolMembers(C: PyClass): string[] {
  const skip = new Set(['__module__', '__qualname__', '__doc__', '__annotations__', '__dict__', '__weakref__', '__init__', '__slots__', '__parameters__', '__orig_bases__', '__abstractmethods__', '__protocol_attrs__', '_is_protocol', '_is_runtime_protocol', '__class_getitem__', '__init_subclass__', '__hash__', '__match_args__']);
  const names = new Set<string>();
  for (const k of C.$mro) {
    if (!(k as any).$protocol) continue;
    for (const n of Object.keys(k.prototype)) if (!skip.has(n) && !n.startsWith('$')) names.add(n);
    const ann = Object.prototype.hasOwnProperty.call(k.prototype, '__annotations__') ? k.prototype.__annotations__ : undefined;
    if (ann instanceof PyDict) for (const [n] of dictEntries(ann)) names.add(n);
  }
  return [...names];
}
const protocolClass: PyClass = nativeClass({ name: 'Protocol', module: 'typing', bases: [genericClass], dict: { __class_getitem__: selfGetitem, _is_protocol: true } });
(protocolClass as any).$protocol = true;
(protocolClass as any).$onSubclass = (C: PyClass) => {
  if (C.$bases.includes(protocolClass) || C.$bases.some(b => (b as any).$protocol && b.$bases.includes(protocolClass))) {
    if (C.$bases.every(b => (b as any).$protocol || b === genericClass || b === objectClass)) {
      (C as any).$protocol = true;
      (C as any).$instancecheck = () => { throw pyErr(E.TypeError, 'Instance and class checks can only be used with @runtime_checkable protocols'); };
    }
  }
};
const runtimeCheckable = pyfunc('runtime_checkable', ['cls'], (C: any) => {
  if (!isClass(C) || !(C as any).$protocol) {
    throw pyErr(E.TypeError, `@runtime_checkable can be only applied to protocol classes, got ${repr(C)}`);
  }
  (C as any).$instancecheck = (v: any) => {
    const T = typeOf(v);
    if (T.$mro.includes(C)) return true;
    return protocolMembers(C).every(n => classLookup(T, n) !== undefined || (typeof v === 'object' && v !== null && Object.prototype.hasOwnProperty.call(v, n)));
  };
  return C;
});

// ------------------------------------------------------------------ NamedTuple / TypedDict

function annotationsOf(C: PyClass): [string, any][] {
  const ann = Object.prototype.hasOwnProperty.call(C.prototype, '__annotations__') ? C.prototype.__annotations__ : undefined;
  return ann instanceof PyDict ? dictEntries(ann) as [string, any][] : [];
}
function makeNamedTuple(name: string, fields: [string, any][], defaults: any[], module: string, extra: Record<string, PropertyDescriptor> = {}): PyClass {
  const C = namedtuple(name, fields.map(f => f[0]), { defaults, module, dict: extra });
  Object.defineProperty(C.prototype, '__annotations__', { value: newDict(fields), writable: true, configurable: true });
  return C;
}
const namedTupleClass: PyClass = nativeClass({ name: 'NamedTuple', module: 'typing', new: (_C, args, kw) => {
  const fields: [string, any][] = args.length > 1 ? Array.from(iter(args[1]), (p: any) => [p[0], p[1]]) : [...(kw ?? new Map())];
  return makeNamedTuple(args[0], fields, [], '__main__');
} });
(namedTupleClass as any).$onSubclass = (C: PyClass) => {
  const fields = annotationsOf(C);
  const defaults: any[] = [];
  const names = new Set(fields.map(f => f[0]));
  for (const [n] of fields) {
    const d = Object.prototype.hasOwnProperty.call(C.prototype, n) ? C.prototype[n] : undefined;
    if (d !== undefined) defaults.push(d);
    else if (defaults.length) {
      const prev = fields[fields.findIndex(f => f[0] === n) - 1][0];
      throw pyErr(E.TypeError, `Non-default namedtuple field ${n} cannot follow default field${defaults.length > 1 ? 's' : ''} ${prev}`);
    }
  }
  const extra: Record<string, PropertyDescriptor> = {};
  for (const k of Reflect.ownKeys(C.prototype)) {
    if (typeof k !== 'string' || names.has(k) || k === '$cls' || k === '__annotations__') continue;
    if (['_fields', '_field_defaults', '_make', '_replace', '_asdict', '__new__', '__init__', '__slots__', '__getnewargs__'].includes(k)) {
      throw pyErr(E.AttributeError, `Cannot overwrite NamedTuple attribute ${k}`);
    }
    extra[k] = Object.getOwnPropertyDescriptor(C.prototype, k)!;
  }
  const N = makeNamedTuple(C.$name, fields, defaults, C.$module, extra);
  N.$qualname = C.$qualname;
  return N;
};

function typedDictNew(C: PyClass, args: any[], kw?: Kw): PyDict {
  void C;
  const d = new PyDict();
  if (args.length) for (const [k, v] of dictEntries(args[0])) d.$set(k, v);
  if (kw) for (const [k, v] of kw) d.$set(k, v);
  return d;
}
const typedDictClass: PyClass = nativeClass({ name: 'TypedDict', module: 'typing', bases: [dictClass], new: (_C, args, kw) => {
  if (args.length && typeof args[0] === 'string') {
    const T = nativeClass({ name: args[0], module: '__main__', bases: [dictClass], new: typedDictNew });
    Object.defineProperty(T.prototype, '__annotations__', { value: args[1] ?? newDict(kw ?? []), writable: true, configurable: true });
    return T;
  }
  return typedDictNew(_C, args, kw);
} });
(typedDictClass as any).$onSubclass = (C: PyClass) => { (C as any).$new = typedDictNew; };

// ------------------------------------------------------------------ NewType and functions

class NewType extends PyObject {
  __name__ = ''; __qualname__ = ''; __supertype__: any = None; __module__x = '__main__';
  __call__(x: any) { return x; }
  __repr__() { return `${this.__module__x}.${this.__qualname__}`; }
  __or__(o: any) { return unionOf([this, o]); }
}
const newTypeClass = nativeClass({ name: 'NewType', module: 'typing', es: NewType, new: (_C, args) => {
  const n = new NewType(); n.__name__ = n.__qualname__ = args[0]; n.__supertype__ = args[1]; return n;
} });

const overloadDummy = pyfunc('_overload_dummy', ['*args', '**kwds'], () => {
  throw pyErr(E.NotImplementedError, 'You should not call an overloaded function. A series of @typing.overload-decorated functions outside a stub module should always be followed by an implementation that is not @typing.overload-decorated.');
});

function getTypeHints(o: any): PyDict {
  const out = new PyDict();
  if (isClass(o)) {
    for (const C of o.$mro.slice().reverse()) for (const [k, v] of annotationsOf(C)) out.$set(k, v === None ? typeOf(None) : v);
    return out;
  }
  const ann = getattrDefault(o, '__annotations__', None);
  if (ann instanceof PyDict) for (const [k, v] of ann.$entries()) out.$set(k, v === None ? typeOf(None) : v);
  return out;
}

registerModule('typing', () => {
  const abc = (n: string, as = n) => alias(as, ABCS[n]);
  const col = (n: string) => importModule('collections')[n];
  const T = (name: string, ...c: any[]) => { const t = new TypeVar(); t.__name__ = name; t.__constraints__ = tuple(c); return t; };
  return {
    ...FORMS,
    TYPE_CHECKING: false,
    List: alias('List', listClass), Dict: alias('Dict', dictClass), Set: alias('Set', setClass), FrozenSet: alias('FrozenSet', frozensetClass),
    Tuple: alias('Tuple', tupleClass), Type: alias('Type', typeClass),
    Deque: alias('Deque', col('deque')), DefaultDict: alias('DefaultDict', col('defaultdict')), OrderedDict: alias('OrderedDict', col('OrderedDict')),
    Counter: alias('Counter', col('Counter')), ChainMap: alias('ChainMap', col('ChainMap')),
    Callable: abc('Callable'), Awaitable: abc('Awaitable'), Coroutine: abc('Coroutine'), AsyncIterable: abc('AsyncIterable'),
    AsyncIterator: abc('AsyncIterator'), AsyncGenerator: abc('AsyncGenerator'), Iterable: abc('Iterable'), Iterator: abc('Iterator'),
    Generator: abc('Generator'), Reversible: abc('Reversible'), Container: abc('Container'), Collection: abc('Collection'),
    Sized: abc('Sized'), Hashable: abc('Hashable'), Sequence: abc('Sequence'), MutableSequence: abc('MutableSequence'),
    Mapping: abc('Mapping'), MutableMapping: abc('MutableMapping'), AbstractSet: abc('Set', 'AbstractSet'), MutableSet: abc('MutableSet'),
    KeysView: abc('KeysView'), ItemsView: abc('ItemsView'), ValuesView: abc('ValuesView'), MappingView: abc('MappingView'),
    ContextManager: alias('ContextManager', None), AsyncContextManager: alias('AsyncContextManager', None),
    Text: strClass, AnyStr: T('AnyStr', bytesClass, strClass),
    TypeVar: typeVarClass, ParamSpec: paramSpecClass, TypeVarTuple: typeVarTupleClass,
    Generic: genericClass, Protocol: protocolClass, NamedTuple: namedTupleClass, TypedDict: typedDictClass, NewType: newTypeClass,
    runtime_checkable: runtimeCheckable,
    cast: pyfunc('cast', ['typ', 'val'], (_t: any, v: any) => v),
    overload: pyfunc('overload', ['func'], () => overloadDummy),
    final: pyfunc('final', ['f'], (f: any) => f),
    no_type_check: pyfunc('no_type_check', ['arg'], (f: any) => f),
    dataclass_transform: pyfunc('dataclass_transform', ['**kwargs'], () => pyfunc('decorator', ['cls_or_fn'], (x: any) => x)),
    get_type_hints: pyfunc('get_type_hints', ['obj', 'globalns=', 'localns=', 'include_extras='], getTypeHints, [None, None, false]),
    get_origin: pyfunc('get_origin', ['tp'], getOrigin),
    get_args: pyfunc('get_args', ['tp'], getArgs),
    is_typeddict: pyfunc('is_typeddict', ['tp'], (t: any) => isClass(t) && (t as any).$new === typedDictNew),
    assert_never: pyfunc('assert_never', ['arg', '/'], (a: any) => { throw pyErr(E.AssertionError, `Expected code to be unreachable, but got: ${repr(a).slice(0, 100)}`); }),
    assert_type: pyfunc('assert_type', ['val', 'typ', '/'], (v: any) => v),
    reveal_type: pyfunc('reveal_type', ['obj', '/'], (o: any) => { writeErr(`Runtime type is ${repr(typeOf(o).$qualname)}\n`); return o; }),
  };
});
