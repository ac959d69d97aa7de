import asyncio


async def main():
    await asyncio.sleep(0.1)
    print("hello from sample.py")


asyncio.run(main())
