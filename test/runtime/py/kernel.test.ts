// Kernel behaviour exercised the way translated code uses it.
import * as assert from 'assert';
import { makeClass } from '../../../src/runtime/py/classes';
import { def, call, callKw, kw } from '../../../src/runtime/py/call';
import { getattr, setattr, callMethod } from '../../../src/runtime/py/attrs';
import { None, typeOf, isInstance } from '../../../src/runtime/py/object';
import { E, pyErr } from '../../../src/runtime/py/exceptions';
import { makeSuper } from '../../../src/runtime/py/descriptors';
import '../../../src/runtime/py/objectDunders';
import { sameAsCPython } from '../lib/_programs';

function pyErrorText(f: () => any): string {
  try { f(); } catch (e: any) { return `${e.$cls.$name}: ${e.args[0]}`; }
  return 'no error';
}

describe('runtime kernel', () => {
  it('classes: __init__, methods, inheritance, super()', () => {
    const Base = makeClass('Base', [], ns => {
      ns.__init__ = def(function __init__(self: any, x: any) { setattr(self, 'x', x); return None; }, { name: '__init__', qualname: 'Base.__init__', params: { args: ['self', 'x'] } });
      ns.show = def(function show(self: any) { return `Base(${getattr(self, 'x')})`; }, { name: 'show', qualname: 'Base.show', params: { args: ['self'] } });
    });
    let Derived: any;
    Derived = makeClass('Derived', [Base], ns => {
      ns.show = def(function show(self: any) { return 'D+' + callMethod(makeSuper(Derived, self), 'show'); }, { name: 'show', qualname: 'Derived.show', params: { args: ['self'] } });
    });
    const d = call(Derived, 7);
    assert.strictEqual(callMethod(d, 'show'), 'D+Base(7)');
    assert.strictEqual(typeOf(d), Derived);
    assert.ok(isInstance(d, Base));
    const bound = getattr(d, 'show');
    assert.strictEqual(bound(), 'D+Base(7)');
  });

  it('keyword binding gives CPython error messages', () => {
    const f = def(function f(a: any, b: any) { return [a, b]; }, { name: 'f', params: { args: ['a', 'b'] }, defaults: [2] });
    assert.deepStrictEqual(callKw(f, [1], kw({ b: 3 })), [1, 3]);
    assert.strictEqual(pyErrorText(() => callKw(f, [1], kw({ c: 3 }))), "TypeError: f() got an unexpected keyword argument 'c'");
    assert.strictEqual(pyErrorText(() => callKw(f, [1], kw({ a: 3 }))), "TypeError: f() got multiple values for argument 'a'");
    assert.strictEqual(pyErrorText(() => callKw(f, [], kw({ b: 3 }))), "TypeError: f() missing 1 required positional argument: 'a'");
  });

  it('missing attributes raise AttributeError with CPython wording', () => {
    const C = makeClass('C', [], () => {});
    const c = call(C);
    assert.strictEqual(pyErrorText(() => getattr(c, 'nope')), "AttributeError: 'C' object has no attribute 'nope'");
    assert.strictEqual(pyErrorText(() => getattr('s', 'nope')), "AttributeError: 'str' object has no attribute 'nope'");
    assert.strictEqual(pyErrorText(() => getattr(None, 'x')), "AttributeError: 'NoneType' object has no attribute 'x'");
    assert.strictEqual(pyErrorText(() => getattr(c, 'constructor')), "AttributeError: 'C' object has no attribute 'constructor'");
  });

  it('user exceptions subclass builtin ones', () => {
    const MyErr = makeClass('MyErr', [E.ValueError], () => {});
    const e = call(MyErr, 'boom');
    assert.ok(isInstance(e, E.Exception));
    assert.strictEqual(callMethod(e, '__str__'), 'boom');
    assert.strictEqual(pyErr(E.KeyError, 'k').args[0], 'k');
  });

  it('tuples with their own class; class-dict descriptors on tuples and str', () => sameAsCPython('kernel_tuple_class', `
from collections import namedtuple
import sys
P = namedtuple('P', 'x y')
p = P(1, 2)
print(type(p), type(p).__name__, p.x, p.y, isinstance(p, tuple), isinstance(p, P))
print(p, p._replace(y=5), P._make([3, 4]))
print(''.maketrans('ab', 'xy'), (5).bit_length(), int.from_bytes(b'\\x01\\x00', 'big'))
print(type(sys.version_info).__name__, sys.version_info.major)
`));

  it('keywords to a runtime method that takes none', () => sameAsCPython('kernel_no_kw', `
try:
    [].append(x=1)
except TypeError as e:
    print(e)
m = [].append
try:
    m(x=1)
except TypeError as e:
    print(e)
`));

  it('iteration of classes and builtins, hash normalisation, big ints', () => sameAsCPython('kernel_protocols', `
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
for c in Color:
    print(c)
print(list(Color), Color.RED in Color)
print(type(iter([])).__name__, type(iter('ab')).__name__, type(iter((1,))).__name__, type(iter({})).__name__)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print(hash(H(-1)), hash(H(2**70)), hash(H(-2**70)), hash(H(True)), hash(H(2**61 - 1)))
class B:
    def __hash__(self): return 'x'
try:
    hash(B())
except TypeError as e:
    print(e)
d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print(d['a'], repr(e))
print(10**30, repr(-10**25))
try:
    print(str(10**5000))
except ValueError as e:
    print(e)
`));

  it('builtins: print to sys.stdout, type(), iter(callable, sentinel), aiter/anext', () => sameAsCPython('kernel_builtins', `
import sys, contextlib
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
buf = Buf()
with contextlib.redirect_stdout(buf):
    print("hidden", 1)
print("got", repr("".join(buf.parts)))
print(type(3), type('x'), type([]), type(type))
X = type('X', (object,), {'a': 1, 'f': lambda self: 42})
Y = type('Y', (X,), {})
print(X, X.a, X().f(), X.__name__, Y().a, Y.__mro__)
print(list(iter(iter([1, 2, 0, 3]).__next__, 0)), next(iter([7])), len([1]))
class C: pass
try:
    getattr(C(), "constructor")
except AttributeError as e:
    print(e, e.name)
setattr(C, "constructor", 5)
print(getattr(C, "constructor"), C.constructor, hasattr(1, "__proto__"), hasattr({}, "constructor"), hasattr(type, "constructor"))
import asyncio
async def agen():
    yield 1
    yield 2
async def main():
    a = aiter(agen())
    print(await anext(a), await anext(a), await anext(a, 'done'))
asyncio.run(main())
`));

  it('subclasses of int, float, exceptions, list, dict, asyncio.Event; mixins', () => sameAsCPython('kernel_native_subclass', `
import asyncio
from enum import IntEnum
class MyInt(int):
    def double(self): return self * 2
m = MyInt(5)
print(m, m.double(), type(m).__name__, m + 1, isinstance(m, int))
class N2(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)
    def __init__(self, v):
        self.orig = v
n = N2(4)
print(n, n.orig, type(n).__name__)
class F(float):
    pass
print(F(1.5), F(1.5) * 2, type(F(1.5)).__name__)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 3)
except E as e:
    print(e, e.code, e.args, repr(e))
class X(asyncio.Event):
    def __init__(self):
        super().__init__()
        self.extra = 1
x = X()
print(x.is_set(), x.extra)
class Mixin:
    def hello(self): return 'hello'
class Base:
    pass
class C(Base, Mixin):
    pass
print(C().hello(), isinstance(C(), Mixin))
class Num(IntEnum):
    A = 1
    B = 2
print(Num.A, Num.A + 1, Num.B == 2, repr(Num.A))
class L(list):
    def total(self): return sum(self)
l = L([1, 2])
l.append(3)
print(l, type(l).__name__, len(l), l.total(), isinstance(l, list))
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d['a'], d['zz'])
`));

  it('errors raised by the runtime carry their traceback frames', () => sameAsCPython('kernel_runtime_tb', `
class A:
    pass
def f():
    return A().missing
def g():
    f()
g()
`));

  it('class and function attributes: mro(), __dict__, __doc__, property deleter, __defaults__, __code__', () => sameAsCPython('kernel_attrs', `
class A:
    "doc A"
    x = 1
    def f(self): return 1
class B(A):
    pass
print([k.__name__ for k in B.mro()], A.__doc__, B.__doc__)
print(sorted(k for k in vars(A) if not k.startswith('__')), type(A.__dict__['f']).__name__)
class T:
    def __init__(self): self.v = 3
    @property
    def p(self): return self.v
    @p.deleter
    def p(self): print('deleting'); del self.v
t = T()
print(vars(t), t.p)
del t.p
print(hasattr(t, 'v'), vars(t))
def g(a, b=2, *c, d=4, **e): pass
print(g.__defaults__, g.__kwdefaults__, g.__code__.co_argcount, g.__code__.co_kwonlyargcount, g.__code__.co_varnames)
print((lambda: 0).__defaults__, g.__dict__)
`));
});
