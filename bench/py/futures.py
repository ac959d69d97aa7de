# futures: 200k loop.create_future() resolved via call_soon, each awaited.
import asyncio

N = 200_000


async def main():
    loop = asyncio.get_running_loop()
    total = 0
    for i in range(N):
        fut = loop.create_future()
        loop.call_soon(fut.set_result, i)
        total += await fut
    print(total)


asyncio.run(main())
