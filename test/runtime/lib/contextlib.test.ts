import { sameAsCPython } from './_programs';

describe('lib/contextlib (programs)', () => {
  it('contextmanager, suppress, ExitStack, asynccontextmanager, AsyncExitStack, nullcontext', () => sameAsCPython('contextlib_all', `
import contextlib, asyncio

@contextlib.contextmanager
def cm(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)

with cm("a") as v:
    print("body", v)

with contextlib.suppress(KeyError):
    {}["x"]
print("after suppress")

with contextlib.ExitStack() as st:
    st.callback(print, "cb1")
    st.enter_context(cm("b"))
    st.callback(print, "cb2")
    print("in stack")

@contextlib.asynccontextmanager
async def acm(n):
    print("aenter", n)
    await asyncio.sleep(0.1)
    yield n * 2
    print("aexit", n)

async def main():
    async with acm(21) as x:
        print("got", x)
    async with contextlib.AsyncExitStack() as st:
        y = await st.enter_async_context(acm(5))
        st.push_async_callback(asyncio.sleep, 0)
        print("y", y)
    with contextlib.nullcontext(5) as z:
        print("z", z)
    print(asyncio.get_running_loop().time())

asyncio.run(main())
`));
});
