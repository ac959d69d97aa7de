# timers: 50k tasks, each sleeping a distinct small delay (at most 50 ms), then gathered.
import asyncio

N = 50_000


async def sleeper(i, woke):
    await asyncio.sleep(((i * 7919) % N + 1) * 1e-6)
    woke.append(i)


async def main():
    woke = []
    await asyncio.gather(*[sleeper(i, woke) for i in range(N)])
    print(len(woke), sum(woke), len(set(woke)))


asyncio.run(main())
