# lock: 1,000 tasks x 100 acquisitions of one asyncio.Lock (contended: each holder yields once).
import asyncio

TASKS = 1_000
ROUNDS = 100


async def worker(tid, lock, state):
    for _ in range(ROUNDS):
        async with lock:
            state[0] += 1
            state[1] = (state[1] * 31 + tid) % 1_000_003
            await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    state = [0, 0]
    await asyncio.gather(*[worker(t, lock, state) for t in range(TASKS)])
    print(state[0], state[1], lock.locked())


asyncio.run(main())
