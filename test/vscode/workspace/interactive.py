import asyncio

answer = 6 * 7


async def main():
    await asyncio.sleep(0.5)
    print("main ran, answer", answer)


asyncio.run(main())
