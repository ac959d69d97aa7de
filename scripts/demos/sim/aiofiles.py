"""The documented aiofiles simulation of Asyncio Lab (src/runtime/lib/aiofiles.ts), for the oracle.

Every file operation first yields once to the event loop (as `await asyncio.sleep(0)`), then runs.
Only the part the demos use is modelled.
"""
import asyncio
import builtins


async def _op(f, *args):
    await asyncio.sleep(0)
    return f(*args)


class AsyncTextIOWrapper:
    def __init__(self, f):
        self._f = f

    def read(self, *a):
        return _op(self._f.read, *a)

    def readline(self):
        return _op(self._f.readline)

    def write(self, s):
        return _op(self._f.write, s)

    def close(self):
        return _op(self._f.close)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await _op(self._f.close)


class _OpenContextManager:
    def __init__(self, file, mode, encoding):
        self._coro = _op(lambda: AsyncTextIOWrapper(builtins.open(file, mode, encoding=encoding)))
        self._file = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._file = await self._coro
        return self._file

    async def __aexit__(self, *exc):
        await _op(self._file._f.close)


def open(file, mode='r', encoding=None):
    return _OpenContextManager(file, mode, encoding)
