// Symbol resolution: imports and aliases, scopes, and what each name holds.
import * as assert from 'assert';
import type * as A from '../../src/translator/ast';
import { walk } from '../../src/translator/ast';
import { parse } from '../../src/translator/parser';
import { Model } from '../../src/language/model';
import { callInfo, exprKind } from '../../src/language/kinds';

function model(src: string, cell = false) {
  const { module } = parse(src, 't.py', { allowTopLevelAwait: cell });
  return { m: new Model(module, { cell }), module };
}

/** The `nth` node of a type whose source starts at `line`. */
function nodeAt<T extends A.Node>(module: A.Module, type: T['_type'], line: number, nth = 0): T {
  const found: A.Node[] = [];
  walk(module, (n) => { if (n._type === type && (n as A.Located).lineno === line) found.push(n); });
  if (!found[nth]) throw new Error(`no ${type} on line ${line}`);
  return found[nth] as T;
}

describe('language: symbol resolution', () => {
  it('resolves imports, aliases and from-imports to qualified names', () => {
    const { m, module } = model('import asyncio as aio\nfrom asyncio import gather as g, sleep\nimport urllib.request\n' +
      'aio.run\ng\nsleep\nurllib.request.urlopen\nprint\n');
    assert.strictEqual(m.qualified(nodeAt<A.Attribute>(module, 'Attribute', 4)), 'asyncio.run');
    assert.strictEqual(m.qualified(nodeAt<A.Name>(module, 'Name', 5)), 'asyncio.gather');
    assert.strictEqual(m.qualified(nodeAt<A.Name>(module, 'Name', 6)), 'asyncio.sleep');
    assert.strictEqual(m.qualified(nodeAt<A.Attribute>(module, 'Attribute', 7)), 'urllib.request.urlopen');
    assert.strictEqual(m.qualified(nodeAt<A.Name>(module, 'Name', 8)), 'builtins.print');
    assert.strictEqual(m.asyncioName(module.body[3]), 'aio');
  });
  it('a local binding shadows an import and a builtin', () => {
    const { m, module } = model('from asyncio import sleep\ndef f(sleep, print):\n    sleep(1)\n    print(2)\n');
    assert.strictEqual(m.qualified(nodeAt<A.Name>(module, 'Name', 3)), null);
    assert.strictEqual(m.qualified(nodeAt<A.Name>(module, 'Name', 4)), null);
  });
  it('follows the last binding above a use, and enclosing scopes', () => {
    const src = 'import asyncio\nasync def f(): pass\nx = f()\nx = asyncio.create_task(x)\ny = x\n' +
      'def outer():\n    def inner():\n        return x\n    return inner\nx = 1\n';
    const { m, module } = model(src);
    assert.strictEqual(exprKind(m, nodeAt<A.Name>(module, 'Name', 4, 2)), 'coroutine', 'the x inside create_task(x)');
    assert.strictEqual(exprKind(m, nodeAt<A.Name>(module, 'Name', 5, 1)), 'task');
    assert.strictEqual(exprKind(m, nodeAt<A.Name>(module, 'Name', 8)), 'other', 'from an inner function: the last module binding');
  });
  it('knows loops, Futures, TaskGroups, queues and async methods', () => {
    const src = 'import asyncio\nclass C:\n    async def m(self): pass\n    def n(self):\n        return self.m()\n' +
      'async def main():\n    loop = asyncio.get_running_loop()\n    fut = loop.create_future()\n' +
      '    async with asyncio.TaskGroup() as tg:\n        t = tg.create_task(main())\n    q = asyncio.Queue()\n    q.get()\n';
    const { m, module } = model(src);
    assert.deepStrictEqual(callInfo(m, nodeAt<A.Call>(module, 'Call', 5)), { kind: 'coroutine', origin: 'self.m' });
    assert.strictEqual(exprKind(m, nodeAt<A.Name>(module, 'Name', 8)), 'future');
    assert.deepStrictEqual(callInfo(m, nodeAt<A.Call>(module, 'Call', 10)), { kind: 'task', origin: 'TaskGroup.create_task' });
    assert.deepStrictEqual(callInfo(m, nodeAt<A.Call>(module, 'Call', 12)), { kind: 'coroutine', origin: 'Queue.get' });
  });
  it('knows where await is allowed', () => {
    const { m, module } = model('async def f():\n    g = lambda: 1\nx = 1\n', true);
    assert.strictEqual(m.inAsync(nodeAt(module, 'Constant', 2)), false);
    assert.strictEqual(m.inAsync(nodeAt(module, 'Constant', 3)), true, 'cell top level');
    assert.strictEqual(model('x = 1\n').m.inAsync(nodeAt(model('x = 1\n').module, 'Constant', 1)), false);
  });
});
