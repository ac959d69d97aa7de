// "coroutine ... was never awaited" at CPython's moment (src/runtime/unawaited.ts): coroutines
// kept alive only by an exception die when the except block deleting it ends, reported at the
// line CPython gives that (line-less) cleanup code; warnings filters and de-duplication apply.
import { sameAsCPython } from './lib/_programs';

describe('unawaited: the warning when the exception holding a coroutine dies', () => {
  it('the line of the except block end: last statement, loop, joined paths (-1), finally', () => sameAsCPython('unawaited_shapes', `
import sys, contextlib
async def a(): pass
async def b(): pass
async def c(): pass
async def d(): pass
async def e_(): pass
async def f(): pass
async def g(): pass
def run(coro):
    raise RuntimeError("x")
def mark(s): print(s, file=sys.stderr)
flag = len(sys.argv) > 5
try:
    run(a())
except RuntimeError as e:
    if flag:
        mark("yes")
mark("if without else")
try:
    run(b())
except RuntimeError as e:
    with contextlib.nullcontext():
        pass
mark("with")
try:
    run(c())
except RuntimeError:
    while True:
        break
mark("while True")
try:
    run(d())
except RuntimeError as e:
    if flag:
        raise ValueError
    else:
        mark("else branch")
mark("one live branch")
try:
    run(e_())
except RuntimeError as e:
    for x in [1]:
        pass
mark("for")
try:
    run(f())
except RuntimeError as e:
    try:
        mark("inner")
    finally:
        mark("finally")
mark("try/finally")
try:
    run(g())
except RuntimeError as e:
    x = 1; y = 2
mark("end")
`));

  it('return, break and continue leave the except block at their own line', () => sameAsCPython('unawaited_jumps', `
import asyncio, sys
async def f(): pass
def mark(s): print(s, file=sys.stderr)
for i in range(3):
    try:
        loop = asyncio.new_event_loop(); loop.close()
        loop.run_until_complete(f())
    except RuntimeError as e:
        mark(f"caught {i}")
        if i == 0:
            continue
        break
mark("loop done")
def h():
    try:
        asyncio.create_task(f())
    except RuntimeError as e:
        return print("returning", e, file=sys.stderr)
h()
mark("end")
`));

  it('an exception the block may keep (stored, passed on) is not assumed dead', () => sameAsCPython('unawaited_kept', `
import asyncio, sys
async def f(): pass
errors = []
try:
    asyncio.create_task(f())
except RuntimeError as e:
    errors.append(e)
print("stored", file=sys.stderr)
`));

  it('inside a coroutine; warnings filters "always" and "ignore" apply', () => sameAsCPython('unawaited_filters', `
import asyncio, sys, warnings
async def f(): pass
def mark(s): print(s, file=sys.stderr)
async def main():
    try:
        asyncio.run(f())
    except RuntimeError as e:
        print("in main:", e, file=sys.stderr)
    mark("main done")
asyncio.run(main())
warnings.simplefilter("always")
for i in range(2):
    try:
        asyncio.create_task(f())
    except RuntimeError:
        mark("always")
warnings.simplefilter("ignore")
print(f() is None)
`));
});
