// Statement helpers (with, except*, exception groups, globals/locals, super, imports), checked
// against CPython 3.11 by running the same programs through the translator + runtime and python3.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { stepEnter, stepLeave, caught, endExcept, currentException, resetHandling } from '../../../src/runtime/py/raise';
import { E, pyErr } from '../../../src/runtime/py/exceptions';

/** stdout + stderr of a program file, from CPython and from our runtime. */
function both(name: string, source: string): { py: string; ours: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stmt-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, source);
  const r = spawnSync('python3', [file], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
  const py = r.stdout + r.stderr;
  const { runCode } = require('../../../src/runtime/session');
  require('../../../src/runtime/wiring');
  let ours = '';
  let err = '';
  runCode(source, file, { mode: 'module', stdout: (s: string) => { ours += s; }, stderr: (s: string) => { err += s; } });
  fs.rmSync(dir, { recursive: true, force: true });
  return { py, ours: ours + err };
}

const PROGRAMS: [string, string][] = [

  ['with / async with: the __exit__ protocol and its TypeErrors', `class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, repr(v), tb is not None)
        import sys
        print("  handling", repr(sys.exception()))
        return self.suppress
with CM("a") as a, CM("b", True) as b:
    print("body", a.name, b.name)
    raise ValueError("x")
print("after")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e), e.__context__)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit(): pass
except TypeError as e: print(e)
try:
    with 5: pass
except TypeError as e: print(e)
def f():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                return i
print(f())
class Bad:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("in exit")
try:
    with Bad():
        raise ValueError("orig")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
import asyncio
class ACM:
    async def __aenter__(self):
        await asyncio.sleep(0.01); print("aenter"); return "v"
    async def __aexit__(self, t, v, tb):
        await asyncio.sleep(0.01); print("aexit", repr(v)); return True
class BadA:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 2
async def main():
    async with ACM() as v:
        print("abody", v)
        raise ValueError(3)
    for m in (CM("x"), BadA()):
        try:
            async with m: pass
        except TypeError as e: print(e)
asyncio.run(main())
`],
  ['except*: bare re-raise, handler raise, nested group traceback', `import traceback
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [KeyError(3), ValueError(4)])])
    except* ValueError:
        raise
    except* TypeError:
        raise KeyError('x')
try:
    f()
except BaseException as e:
    traceback.print_exc()
    print(repr(e), e.__context__, e.__cause__, e.__suppress_context__)
    print([ (repr(x), x.__suppress_context__) for x in e.exceptions])
e = ExceptionGroup("many", [ValueError(1)])
m = e.subgroup(ValueError)
print(m is e, e.__suppress_context__)
m, r = ExceptionGroup("x", [ValueError(1), KeyError(2)]).split(ValueError)
print(m.__suppress_context__)
`],
  ['exception groups: constructor rules, split/subgroup/derive, width and depth display', `import traceback
def inner():
    raise ExceptionGroup("inner", [ValueError(i) for i in range(17)])
try:
    try:
        inner()
    except ExceptionGroup as g:
        raise BaseExceptionGroup("outer", [g, KeyboardInterrupt(), ExceptionGroup("x", [ExceptionGroup("y", [TypeError("t")])])]) from KeyError("c")
except BaseException as e:
    traceback.print_exc()
    print(traceback.format_exc() == ''.join(traceback.format_exception(e)))
try:
    ExceptionGroup("a", [KeyboardInterrupt()])
except TypeError as e: print(e)
for args in [("a",), ("a", []), (1, [ValueError()]), ("a", 5), ("a", [1])]:
    try:
        BaseExceptionGroup(*args)
    except Exception as e: print(type(e).__name__, e)
class MyEG(ExceptionGroup):
    pass
try:
    MyEG("m", [KeyboardInterrupt()])
except TypeError as e: print(e)
m = MyEG("m", [ValueError(1), KeyError(2)])
print(type(m.split(ValueError)[0]).__name__, m.subgroup(lambda e: True) is m, repr(m.derive([ValueError(3)])))
print(BaseExceptionGroup("x", [ValueError(1)]).exceptions)
try:
    ExceptionGroup("x", [ValueError(1)]).split(3)
except TypeError as e: print(e)
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e: print(e)
def g():
    try:
        raise ValueError(5)
    except* ValueError:
        raise
g()
`],
  ["re-raise (bare raise, with, except*) keeps the callers' frames", `import contextlib
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def g():
    raise ValueError("v")
def f():
    with CM():
        g()
def h():
    try:
        f()
    except ValueError:
        raise
try:
    h()
except ValueError:
    import traceback; traceback.print_exc()
def g():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
def f():
    try:
        g()
    except* ValueError:
        print("v")
def h():
    try:
        raise KeyError(1)
    except* TypeError:
        pass
def main():
    try:
        h()
    except KeyError as e:
        print("k", repr(e))
    f()
main()
`],
  ['globals(), locals(), __future__, zero-argument super() errors, relative import', `import __future__
print(__future__.annotations, __future__.annotations.getMandatoryRelease(), __future__.all_feature_names[-1])
x = 1
g = globals()
g['y'] = 5
print(y, g['x'], 'x' in g, g is globals())
del g['y']
try:
    y
except NameError as e: print(e)
def f(a, b=2):
    c = a + b
    if a > 10:
        d = 1
    print(locals())
    print(vars())
f(1)
print(sorted(k for k in locals() if not k.startswith('__')))
class A:
    def m(self):
        return super().__repr__()[:9]
    def n():
        return super()
    s = staticmethod(n)
print(A().m())
try:
    A.s()
except RuntimeError as e: print(e)
class B:
    def m(self):
        return __class__
print(B().m())
try:
    from . import zz
except ImportError as e: print(type(e).__name__, e)
`],
];

describe('statement helpers against CPython', function () {
  this.timeout(20000);
  PROGRAMS.forEach(([title, source], i) => {
    it(title, () => {
      const { py, ours } = both(`prog${i}.py`, source);
      assert.strictEqual(ours, py);
    });
  });
});

describe('per-frame handled-exception state', () => {
  it('a suspended frame takes its handled exception along and gets it back on resume', () => {
    resetHandling();
    const owner: any = {};
    const outer = pyErr(E.KeyError, 'outer');
    caught(outer);
    let inner: any;
    // First step: the body enters an except block and suspends inside it.
    let mark = stepEnter(owner);
    inner = caught(pyErr(E.ValueError, 'inner'));
    stepLeave(owner, mark);
    assert.strictEqual(currentException(), outer);
    assert.deepStrictEqual(owner.$excState, [inner]);
    // Second step: the body sees its own exception again, then leaves the except block.
    mark = stepEnter(owner);
    assert.strictEqual(currentException(), inner);
    endExcept(inner);
    assert.strictEqual(currentException(), outer);
    stepLeave(owner, mark);
    assert.strictEqual(owner.$excState, undefined);
    assert.strictEqual(currentException(), outer);
    endExcept(outer);
    assert.strictEqual(currentException(), undefined);
  });
});
