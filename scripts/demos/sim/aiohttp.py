"""The documented aiohttp simulation of Asyncio Lab (src/runtime/lib/aiohttp.ts), for the oracle.

A request costs 0.1 + 0.01 * (len(url) % 10) seconds of loop time while its response is awaited;
the body is '<html>{url}</html>' with status 200; reading the body yields once to the loop.
Only the part the demos use is modelled.
"""
import asyncio


class ClientResponse:
    def __init__(self, url):
        self.url = url
        self.status = 200
        self.reason = 'OK'
        self._body = '<html>%s</html>' % url

    async def text(self):
        await asyncio.sleep(0)
        return self._body


class _RequestContextManager:
    def __init__(self, url):
        self._coro = self._request(url)
        self._resp = None

    async def _request(self, url):
        await asyncio.sleep(0.1 + 0.01 * (len(url) % 10))
        return ClientResponse(url)

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, *exc):
        return None


class ClientSession:
    def __init__(self, *args, **kwargs):
        self.closed = False

    def get(self, url, **kwargs):
        return _RequestContextManager(str(url))

    async def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.closed = True
