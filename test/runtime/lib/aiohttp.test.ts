// aiohttp/aiofiles are not installed next to the oracle: these pin the simulation model documented
// in src/runtime/lib/README.md.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runOurs } from './_programs';

function run(name: string, src: string) {
  const f = path.join(os.tmpdir(), `alab-lib-${name}.py`);
  fs.writeFileSync(f, src);
  return runOurs(f);
}

describe('lib/aiohttp + aiofiles (simulation model)', () => {
  it('latency, bodies, status codes, json, raise_for_status, timeouts', () => {
    const r = run('aiohttp_model', `
import asyncio, aiohttp
async def fetch(session, url):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    resp = await session.get(url)
    text = await resp.text()
    return url, resp.status, text, round(loop.time() - t0, 3)
async def main():
    session = aiohttp.ClientSession()
    for r in await asyncio.gather(*(fetch(session, f"https://example.com/{'x' * i}") for i in range(3))):
        print(r)
    r = await session.get("https://api.example.com/api/items")
    print(r.status, await r.json(), r.url)
    r = await session.get("https://x.com/status/404")
    try:
        r.raise_for_status()
    except aiohttp.ClientResponseError as e:
        print("error", e.status, e)
    slow = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=1))
    try:
        await slow.get("https://x.com/delay/3")
    except asyncio.TimeoutError:
        print("timeout at", asyncio.get_running_loop().time())
    await session.close()
    print(session.closed)
asyncio.run(main())
`);
    assert.strictEqual(r.err, '');
    assert.strictEqual(r.out, [
      "('https://example.com/', 200, '<html>https://example.com/</html>', 0.1)",
      "('https://example.com/x', 200, '<html>https://example.com/x</html>', 0.11)",
      "('https://example.com/xx', 200, '<html>https://example.com/xx</html>', 0.12)",
      "200 {'url': 'https://api.example.com/api/items', 'status': 200} https://api.example.com/api/items",
      "error 404 404, message='Not Found', url=URL('https://x.com/status/404')",
      'timeout at 1.3900000000000001',
      'True', ''].join('\n'));
  });

  it('aiofiles over the in-memory filesystem, shared with open()', () => {
    const r = run('aiofiles_model', `
import asyncio, aiofiles
async def main():
    f = await aiofiles.open("notes.txt", "w")
    await f.write("one\\ntwo\\n")
    await f.close()
    f = await aiofiles.open("notes.txt")
    print(await f.readlines())
    await f.close()
    with open("notes.txt", "a") as g:
        g.write("three\\n")
    f = await aiofiles.open("notes.txt")
    print(repr(await f.read()))
    try:
        await aiofiles.open("missing.txt")
    except FileNotFoundError as e:
        print(e)
asyncio.run(main())
`);
    assert.strictEqual(r.err, '');
    assert.strictEqual(r.out, "['one\\n', 'two\\n']\n'one\\ntwo\\nthree\\n'\n[Errno 2] No such file or directory: 'missing.txt'\n");
  });
});
