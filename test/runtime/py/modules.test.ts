// Module objects: sys.modules['__main__'] is the running program, module reprs and __file__.
import { sameAsCPython } from '../lib/_programs';

describe('py/modules (programs)', () => {
  it('__main__ is a module whose attributes are the globals', () => sameAsCPython('main_module', `
import sys
import __main__
x = 5
m = sys.modules["__main__"]
print(m is __main__, m.x, hasattr(m, "print"), type(m).__name__, __name__ in sys.modules)
m.y = 7
print(y, getattr(m, "y"), "x" in dir(m), repr(m).startswith("<module '__main__' from"))
del m.y
print("y" in globals())
`));

  it('module reprs and __file__ of built-in, frozen and source modules', () => sameAsCPython('module_repr', `
import sys, time, itertools, abc, os, json, collections, asyncio
print(repr(sys), repr(time), repr(itertools), repr(abc), repr(os))
print(hasattr(sys, "__file__"), json.__file__.endswith("json/__init__.py"), collections.__file__.endswith("collections/__init__.py"))
print(repr(asyncio).startswith("<module 'asyncio' from '"), asyncio.__file__.endswith("asyncio/__init__.py"))
try:
    from sys import nothing_here
except ImportError as e:
    print(e)
`));
});
