# pingpong: two tasks pass a counter through two Queues 200k times.
import asyncio

N = 200_000


async def ping(to_pong, to_ping):
    value = 0
    for _ in range(N):
        await to_pong.put(value)
        value = await to_ping.get()
    return value


async def pong(to_pong, to_ping):
    seen = 0
    for _ in range(N):
        value = await to_pong.get()
        seen += 1
        await to_ping.put(value + 1)
    return seen


async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    final, seen = await asyncio.gather(ping(a, b), pong(a, b))
    print(final, seen, a.qsize(), b.qsize())


asyncio.run(main())
