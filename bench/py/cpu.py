# cpu: sum of i*i % 7 for 3M i, inside a coroutine.
import asyncio

N = 3_000_000


async def main():
    s = 0
    for i in range(N):
        s += i * i % 7
    print(s)


asyncio.run(main())
