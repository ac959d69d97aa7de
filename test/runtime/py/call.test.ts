// Calls: very long argument lists, function metadata recorded by def(), wiring of hangs.
import * as assert from 'assert';
import { sameAsCPython, runOurs } from '../lib/_programs';
import { callv, callKw, def, setCurrentFile } from '../../../src/runtime/py/call';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

describe('call: long argument lists', () => {
  it('callv passes 100k arguments (call(f, ...a) would copy them twice)', () => {
    const a = new Array(100_000).fill(1);
    const f = (...xs: any[]) => xs.length;
    assert.strictEqual(callv(f, a), 100_000);
    assert.strictEqual(callKw(f, a, undefined), 100_000);
  });

  it('gather(*100_000 coroutines) with keywords goes through the apply path', () => {
    sameAsCPython('gather_100k', [
      'import asyncio',
      'async def one(i):',
      '    return i',
      'async def main():',
      '    r = await asyncio.gather(*[one(i) for i in range(100_000)], return_exceptions=False)',
      '    print(len(r), sum(r))',
      'asyncio.run(main())',
    ].join('\n') + '\n');
  });
});

describe('call: def() metadata', () => {
  it('records the program file, first line and annotations', () => {
    setCurrentFile('prog.py');
    const f: any = def(function f() { return 1; }, { name: 'f', firstlineno: 7, annotations: { a: 'int' } });
    assert.strictEqual(f.$filename, 'prog.py');
    assert.strictEqual(f.$firstlineno, 7);
    assert.ok(f.$attrs.__annotations__ !== undefined);
  });

  it('function __annotations__ and callback/task reprs with code locations (fixtures 029/031)', () => {
    sameAsCPython('def_meta', [
      'import asyncio',
      'def f(a: int, b: "str" = 1) -> float: pass',
      'print(f.__annotations__)',
      'def on_done(fut): pass',
      'async def failer():',
      '    raise ValueError("x")',
      'async def main():',
      '    fut = asyncio.get_running_loop().create_future()',
      '    fut.add_done_callback(on_done)',
      '    print(repr(fut))',
      '    t = asyncio.create_task(failer())',
      '    print(repr(t))',
      '    await asyncio.sleep(0)',
      '    print(repr(t))',
      '    t.exception()',
      'asyncio.run(main())',
    ].join('\n') + '\n');
  });
});

describe('wiring: programs CPython would never finish', () => {
  it('stop with a clear message when the loop has nothing left to run', () => {
    const file = path.join(os.tmpdir(), 'alab-hang.py');
    fs.writeFileSync(file, 'import asyncio\nasync def main():\n    print("waiting")\n    await asyncio.get_running_loop().create_future()\nasyncio.run(main())\n');
    const r = runOurs(file);
    assert.strictEqual(r.out, 'waiting\n');
    assert.match(r.err, /^asyncio-lab: the event loop has nothing left to run.*CPython would wait forever\)\n$/);
    assert.strictEqual(r.status, 1);
  });
});
