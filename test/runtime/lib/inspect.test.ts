import { sameAsCPython } from './_programs';

describe('lib/inspect (programs)', () => {
  it('predicates, signature(), Parameter, getdoc', () => sameAsCPython('inspect_all', `
import inspect, asyncio, functools
def f(a, b=2, *args, c, d=4, **kw): pass
async def g(x, /, y): pass
def gen(): yield 1
async def agen(): yield 1
class A:
    def m(self, x): pass
    def __init__(self, q, r=1): pass
    async def am(self): pass
print(inspect.signature(f), inspect.signature(g), inspect.signature(lambda x, y=1: 0))
print(inspect.signature(A(1).m), inspect.signature(A), inspect.signature(functools.partial(f, 1)))
s = inspect.signature(f)
print(list(s.parameters), s.parameters['b'], s.parameters['b'].default, s.parameters['b'].kind, s.parameters['c'].kind.name)
print(inspect.iscoroutinefunction(g), inspect.iscoroutinefunction(f), inspect.iscoroutinefunction(A(1).am), inspect.iscoroutinefunction(functools.partial(g, 1)))
c = g(1, 2)
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isasyncgenfunction(agen), inspect.isasyncgen(agen()))
c.close()
print(inspect.isfunction(f), inspect.ismethod(A(1).m), inspect.isclass(A), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isroutine(A(1).m))
def doc():
    """  Hello
        world
    """
print(repr(inspect.getdoc(doc)))
`));

  it('getcoroutinestate, getgeneratorstate', () => sameAsCPython('inspect_states', `
import inspect, asyncio
async def coro():
    print(inspect.getcoroutinestate(c))
    await asyncio.sleep(0)
    return 1
def gen():
    print(inspect.getgeneratorstate(g))
    yield 1
c = coro()
print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value, inspect.getcoroutinestate(c))
g = gen()
print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g)); g.close(); print(inspect.getgeneratorstate(g))
print(inspect.CORO_CREATED, inspect.GEN_SUSPENDED)
try:
    inspect.getcoroutinestate(1)
except AttributeError as e:
    print(e)
`));
});
