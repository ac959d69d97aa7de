import { sameAsCPython } from './_programs';

describe('lib/contextvars (programs)', () => {
  it('ContextVar get/set/reset, Context.run, copy_context, per-task contexts, call_soon(context=)', () => sameAsCPython('contextvars_all', `
import contextvars, asyncio
v = contextvars.ContextVar("v", default=0)
w = contextvars.ContextVar("w")
print(v.get(), v.name, w.get("dflt"))
try:
    w.get()
except LookupError as e:
    print("LookupError", e.__class__.__name__)
t = v.set(5)
print(v.get(), t.var is v, t.old_value)
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError")
ctx = contextvars.copy_context()
print(len(ctx), v in ctx, list(ctx.keys()) == [])
def f(x):
    v.set(x)
    return v.get() * 2
print(ctx.run(f, 21), v.get(), ctx[v], ctx.get(w, "none"))
async def child(n):
    v.set(n)
    await asyncio.sleep(0.01 * n)
    return v.get()
async def main():
    v.set(100)
    r = await asyncio.gather(child(1), child(2), child(3))
    print(r, v.get())
    loop = asyncio.get_running_loop()
    c2 = contextvars.copy_context()
    c2.run(v.set, 7)
    loop.call_soon(lambda: print("cb sees", v.get()), context=c2)
    loop.call_soon(lambda: print("cb2 sees", v.get()))
    await asyncio.sleep(0)
asyncio.run(main())
print(v.get())
`));
});
