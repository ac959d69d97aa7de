# spawn: 100k tasks, each awaiting asyncio.sleep(0) once, then gathered.
import asyncio

N = 100_000


async def worker(i):
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*[worker(i) for i in range(N)])
    print(len(results), sum(results), results[:3], results[-1])


asyncio.run(main())
