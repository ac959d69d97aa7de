import { pyEval, attempt, show } from './_harness';
import * as assert from 'assert';
import { importModule } from '../../../src/runtime/py/modules';
import { getattr, setattr } from '../../../src/runtime/py/attrs';
import { call, callKw, kw, def, pyfunc } from '../../../src/runtime/py/call';
import { None, tuple } from '../../../src/runtime/py/object';
import { makeClass } from '../../../src/runtime/py/classes';
import { sameAsCPython } from './_programs';
import '../../../src/runtime/lib/functools';

const ft = () => importModule('functools');
const F = (name: string) => getattr(ft(), name);
/** A "translated" Python function. */
function pydef(name: string, args: string[], body: (...a: any[]) => any, defaults: any[] = []) {
  // Translated functions fill their own defaults in the prologue.
  const first = args.length - defaults.length;
  const f = function (...a: any[]) {
    for (let i = first; i < args.length; i++) if (a[i] === undefined) a[i] = defaults[i - first];
    return body(...a);
  };
  return def(f, { name, params: { args }, defaults });
}

function check(setup: string, cases: Array<[string, () => any]>) {
  const want = pyEval(setup, cases.map(c => c[0]));
  cases.forEach(([expr, f], i) => assert.strictEqual(attempt(f), want[i], expr));
}

describe('lib/functools', () => {
  it('reduce', () => {
    const add = pydef('add', ['a', 'b'], (a, b) => a + b);
    check('import functools', [
      ['functools.reduce(lambda a, b: a + b, [1, 2, 3, 4])', () => call(F('reduce'), add, [1, 2, 3, 4])],
      ['functools.reduce(lambda a, b: a + b, [], 10)', () => call(F('reduce'), add, [], 10)],
      ['functools.reduce(lambda a, b: a + b, [])', () => call(F('reduce'), add, [])],
      ['functools.reduce(lambda a, b: a + b, 5)', () => call(F('reduce'), add, 5)],
    ]);
  });

  it('partial: calls, flattening, keywords and repr', () => {
    const f = pydef('f', ['a', 'b', 'c'], (a, b, c) => tuple([a, b, c]), [0]);
    const partial = F('partial');
    let p: any;
    check('import functools\ndef f(a, b, c=0): return (a, b, c)', [
      ['(p := functools.partial(f, 1))(2)', () => { p = call(partial, f, 1); return call(p, 2); }],
      ['p(2, c=5)', () => callKw(p, [2], kw({ c: 5 }))],
      ['functools.partial(p, 7, c=9)()', () => call(callKw(partial, [p, 7], kw({ c: 9 })))],
      ['functools.partial(p, 7, c=9).args', () => getattr(callKw(partial, [p, 7], kw({ c: 9 })), 'args')],
      ['functools.partial(p, 7, c=9).func is f', () => getattr(callKw(partial, [p, 7], kw({ c: 9 })), 'func') === f],
      ['functools.partial(p, 7, c=9).keywords', () => getattr(callKw(partial, [p, 7], kw({ c: 9 })), 'keywords')],
      ['functools.partial(1)', () => call(partial, 1)],
    ]);
  });

  it('lru_cache: hits, misses, eviction, keys, cache_clear', () => {
    let calls = 0;
    const sq = pydef('sq', ['x'], (x) => { calls++; return typeof x === 'number' ? x * x : x; });
    let c: any;
    check('import functools\ncalls=0\ndef sq(x):\n global calls; calls += 1\n return x*x if isinstance(x, int) else x', [
      ['(c := functools.lru_cache(maxsize=2)(sq), c(1), c(2), c(1), c(3), c(2), c(1.0), c(True), c.cache_info())[1:]', () => {
        c = callKw(F('lru_cache'), [], kw({ maxsize: 2 }));
        c = call(c, sq);
        return tuple([call(c, 1), call(c, 2), call(c, 1), call(c, 3), call(c, 2), call(c, new (require('../../../src/runtime/py/object').PyFloat)(1)), call(c, true), call(getattr(c, 'cache_info'))]);
      }],
      ['calls', () => calls],
      ['(c.cache_clear(), c.cache_info())[1]', () => { call(getattr(c, 'cache_clear')); return call(getattr(c, 'cache_info')); }],
      ['c.__name__, c.__wrapped__ is sq', () => tuple([getattr(c, '__name__'), getattr(c, '__wrapped__') === sq])],
      ['functools.lru_cache(sq).cache_info()', () => call(getattr(call(F('lru_cache'), sq), 'cache_info'))],
      ['functools.cache(sq).cache_parameters()', () => call(getattr(call(F('cache'), sq), 'cache_parameters'))],
      ['functools.lru_cache("x")', () => call(F('lru_cache'), 'x')],
    ]);
  });

  it('wraps copies metadata and sets __wrapped__', () => {
    const inner = pydef('inner', ['x'], (x) => x);
    setattr(inner, '__doc__', 'inner doc');
    setattr(inner, 'custom', 42);
    const wrapper = pydef('wrapper', ['x'], (x) => x);
    const deco = call(F('wraps'), inner);
    const w = call(deco, wrapper);
    assert.strictEqual(w, wrapper);
    assert.strictEqual(getattr(w, '__name__'), 'inner');
    assert.strictEqual(getattr(w, '__qualname__'), 'inner');
    assert.strictEqual(getattr(w, '__doc__'), 'inner doc');
    assert.strictEqual(getattr(w, 'custom'), 42);
    assert.strictEqual(getattr(w, '__wrapped__'), inner);
  });

  it('total_ordering derives the missing comparisons', () => {
    const C = makeClass('V', [], (ns) => {
      ns.__init__ = pydef('__init__', ['self', 'v'], (self, v) => { setattr(self, 'v', v); return None; });
      ns.__eq__ = pydef('__eq__', ['self', 'o'], (self, o) => getattr(self, 'v') === getattr(o, 'v'));
      ns.__lt__ = pydef('__lt__', ['self', 'o'], (self, o) => getattr(self, 'v') < getattr(o, 'v'));
    });
    call(F('total_ordering'), C);
    const a = call(C, 1), b = call(C, 2);
    const ops = require('../../../src/runtime/py/ops');
    assert.deepStrictEqual([ops.gt(a, b), ops.ge(a, b), ops.le(a, b), ops.le(a, a), ops.gt(b, a)].map(show), ['False', 'False', 'True', 'True', 'True']);
  });

  it('program: partial, wraps, lru_cache on methods and recursion, cached_property, total_ordering, singledispatch, reduce', () => sameAsCPython('functools_program', `
import functools
def add(a, b, c=0):
    return a + b + c
p = functools.partial(add, 1, c=10)
print(p(2), p.args, p.keywords, p.func is add, functools.partial(p, 5)())
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def hello(name):
    "Say hi."
    return "hi " + name
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits, fib.cache_info().misses)
@functools.cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(3), sq(3), sq.cache_info().currsize)
class C:
    def __init__(self, v):
        self.v = v
    @functools.cached_property
    def double(self):
        print("once")
        return self.v * 2
    @functools.lru_cache(maxsize=4)
    def m(self, x):
        return self.v + x
c = C(21)
print(c.double, c.double, c.m(1), c.m(1), C.m.cache_info().hits)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
@functools.singledispatch
def show(x):
    return "obj"
@show.register(int)
def _(x):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show([1]), show("s"), show(True))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 7))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
`));
});
