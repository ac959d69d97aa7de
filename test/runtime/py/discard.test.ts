// Where a temporary never-started coroutine dies (src/runtime/py/discard.ts), against CPython:
// stderr markers (print(..., file=sys.stderr)) pin each warning between the lines around it.
import { sameAsCPython } from '../lib/_programs';

describe('py/discard: coroutine temporaries die where CPython frees them', () => {
  it('a dropped call, operands of a comparison, arguments of builtins that keep nothing', () => sameAsCPython('discard_temps', `
import asyncio, sys
async def f(): pass
async def g(): pass
def mark(s): print(s, file=sys.stderr)
f()
mark("after statement")
print("same object:", f() is f())
mark("after is")
print(type(g()).__name__, f() == g())
print(type(f()), end="!\\n")
mark("after print")
async def main():
    g()
    print(len(str(g())) > 0)
    await asyncio.sleep(0)
    mark("main done")
asyncio.run(main())
`));

  it('truth tests: if, not, conditional expressions, while', () => sameAsCPython('discard_truth', `
import sys
async def f(): pass
async def g(): pass
if f():
    print("truthy", file=sys.stderr)
print(not f(), file=sys.stderr)
x = 1 if g() else 2
while not f():
    pass
print("end", file=sys.stderr)
`));

  it('a temporary kept by its callee is not reported until it dies (here: at exit)', () => sameAsCPython('discard_kept', `
import sys
async def f(): pass
keep = []
keep.append(f())
print("kept", file=sys.stderr)
`));

  it('arguments that do not bind die at the call; a Python frame that raised keeps them', () => sameAsCPython('discard_failed_call', `
import asyncio, sys
async def f(): pass
def mark(s): print(s, file=sys.stderr)
try:
    asyncio.run(f(), bogus=1)
except TypeError as e:
    mark("binding failed")
def run(c):
    raise RuntimeError("raised in a frame holding c")
try:
    run(f())
except RuntimeError as e:
    mark("handler")
mark("after handler")
loop = asyncio.new_event_loop()
loop.close()
try:
    loop.run_until_complete(f())
except RuntimeError as e:
    mark(str(e))
    print("RuntimeError:", e)
`));
});
