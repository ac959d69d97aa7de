// The asyncio rules, on fixture files (Python in, expected diagnostics out) and small cases.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkSource, RULE_CODES, type LabDiagnostic } from '../../src/language/diagnostics';

const FIX = path.join(__dirname, '..', 'fixtures', 'language');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');

/** `# expect: CODE CODE` markers, as `line:CODE` strings. */
function expected(source: string): string[] {
  const out: string[] = [];
  source.split('\n').forEach((l, i) => {
    const m = /# expect: (.*)$/.exec(l);
    if (m) for (const c of m[1].trim().split(/\s+/)) out.push(`${i + 1}:${c}`);
  });
  return out;
}
const found = (ds: LabDiagnostic[]) => ds.map((d) => `${d.line}:${d.code}`);
const codes = (src: string, cell = false) => checkSource(src, 't.py', { cell }).map((d) => d.code);

/** Applies a diagnostic's quick fix to the source. */
function applyFix(src: string, d: LabDiagnostic, which = 0): string {
  const lines = src.split('\n');
  const off = (l: number, c: number) => lines.slice(0, l - 1).reduce((a, s) => a + s.length + 1, 0) + c;
  const fix = which === 0 ? d.fix! : d.moreFixes![which - 1];
  const edits = [...fix.edits].sort((a, b) => off(b.line, b.col) - off(a.line, a.col));
  let out = src;
  for (const e of edits) out = out.slice(0, off(e.line, e.col)) + e.newText + out.slice(off(e.endLine, e.endCol));
  return out;
}

describe('language: diagnostics fixtures', () => {
  it('finds every mistake in mistakes.py, and nothing else', () => {
    const src = read('mistakes.py');
    assert.deepStrictEqual(found(checkSource(src, 'mistakes.py')), expected(src));
  });
  it('mistakes.py covers every rule', () => {
    const seen = new Set(checkSource(read('mistakes.py'), 'mistakes.py').map((d) => d.code));
    assert.deepStrictEqual([...seen].sort(), [...RULE_CODES].sort());
  });
  it('reports nothing on clean.py', () => {
    assert.deepStrictEqual(checkSource(read('clean.py'), 'clean.py'), []);
  });
  it('treats a notebook cell as running inside a loop', () => {
    const src = read('cell.py');
    assert.deepStrictEqual(found(checkSource(src, 'cell.py', { cell: true })), expected(src));
  });
  it('switches rules off by code', () => {
    const ds = checkSource(read('mistakes.py'), 'mistakes.py', { disabled: ['ALAB001', 'ALAB002'] });
    assert.ok(ds.length > 0);
    assert.ok(ds.every((d) => d.code !== 'ALAB001' && d.code !== 'ALAB002'));
  });
  it('never throws on broken source', () => {
    for (const s of ['async def f(:\n  await', 'await', 'asyncio.wait([', '\0', 'try:\n  await x\nexcept']) checkSource(s, 'x.py');
  });
});

const HEAD = 'import asyncio\nasync def f():\n    return 1\n';

describe('language: rules', () => {
  it('ALAB001 unawaited coroutine calls, through aliases', () => {
    assert.deepStrictEqual(codes('import asyncio as aio\nasync def g():\n    aio.sleep(1)\n'), ['ALAB001']);
    assert.deepStrictEqual(codes(`${HEAD}async def g():\n    x = f()\n`), ['ALAB001']);
    assert.deepStrictEqual(codes(`${HEAD}async def g():\n    print(f"{f()}")\n    return not f()\n`), ['ALAB001', 'ALAB001']);
    assert.deepStrictEqual(codes(`${HEAD}async def g():\n    x = f()\n    return await x\n`), []);
    assert.deepStrictEqual(codes(`${HEAD}async def g():\n    return f()\n`), []);
    assert.deepStrictEqual(codes(`${HEAD}c = f()\n`), ['ALAB001']);
    assert.deepStrictEqual(codes(`${HEAD}c = f()\n`, true), [], 'a later cell may await it');
    assert.deepStrictEqual(codes(`${HEAD}def f():\n    pass\nasync def g():\n    f()\n`), [], 'rebinding to a plain def wins');
  });
  it('ALAB001 fix inserts await', () => {
    const src = `${HEAD}async def g():\n    print(f())\n`;
    const [d] = checkSource(src, 't.py');
    assert.strictEqual(applyFix(src, d), `${HEAD}async def g():\n    print(await f())\n`);
    assert.strictEqual(checkSource(`${HEAD}f()\n`, 't.py')[0].fix, undefined, 'no await fix outside async code');
  });
  it('ALAB002 fixes time.sleep and blocking calls', () => {
    const src = 'import asyncio as aio, time, requests\nasync def g():\n    time.sleep(0.5)\n    requests.get(url, timeout=1)\n';
    const ds = checkSource(src, 't.py');
    assert.deepStrictEqual(ds.map((d) => d.code), ['ALAB002', 'ALAB002']);
    assert.ok(applyFix(src, ds[0]).includes('    await aio.sleep(0.5)\n'));
    assert.ok(applyFix(src, ds[1]).includes('    await aio.to_thread(requests.get, url, timeout=1)\n'));
    const noImport = 'from time import sleep\nasync def g():\n    sleep(1)\n';
    const [d] = checkSource(noImport, 't.py');
    assert.strictEqual(applyFix(noImport, d), 'import asyncio\nfrom time import sleep\nasync def g():\n    await asyncio.sleep(1)\n');
    assert.deepStrictEqual(codes('import time\ndef g():\n    time.sleep(1)\n'), []);
  });
  it('ALAB003 keeps the task in a variable; TaskGroup tasks are fine', () => {
    const src = `${HEAD}async def g():\n    asyncio.create_task(f())\n`;
    const [d] = checkSource(src, 't.py');
    assert.strictEqual(d.code, 'ALAB003');
    assert.ok(applyFix(src, d).endsWith('    task = asyncio.create_task(f())\n'));
    assert.strictEqual(applyFix(src, d, 1), `${HEAD}background_tasks = set()\n\nasync def g():\n` +
      '    task = asyncio.create_task(f())\n    background_tasks.add(task)\n    task.add_done_callback(background_tasks.discard)\n');
    assert.deepStrictEqual(codes(`${HEAD}async def g():\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(f())\n`), []);
    assert.deepStrictEqual(codes(`${HEAD}async def g():\n    loop = asyncio.get_running_loop()\n    loop.create_task(f())\n`), ['ALAB003']);
  });
  it('ALAB004 asyncio.run in async def or a cell only', () => {
    assert.deepStrictEqual(codes(`${HEAD}asyncio.run(f())\n`), []);
    assert.deepStrictEqual(codes(`${HEAD}asyncio.run(f())\n`, true), ['ALAB004']);
  });
  it('ALAB005 await, async for, async with outside async def', () => {
    assert.deepStrictEqual(codes(`${HEAD}await f()\nasync with x:\n    pass\n`), ['ALAB005', 'ALAB005']);
    assert.deepStrictEqual(codes(`${HEAD}await f()\n`, true), []);
    assert.deepStrictEqual(codes(`${HEAD}async def g():\n    return [await f() for _ in range(2)]\n`), []);
  });
  it('ALAB006 wraps bare coroutines given to asyncio.wait', () => {
    const src = `${HEAD}async def g():\n    await asyncio.wait([f() for _ in range(3)])\n`;
    const [d] = checkSource(src, 't.py');
    assert.strictEqual(d.code, 'ALAB006');
    assert.ok(applyFix(src, d).includes('asyncio.wait([asyncio.create_task(f()) for _ in range(3)])'));
  });
  it('ALAB007 only when the handler can see a cancellation and does not re-raise', () => {
    const t = (handler: string, body = 'await f()') => codes(`${HEAD}async def g():\n    try:\n        ${body}\n    ${handler}:\n        pass\n`);
    assert.deepStrictEqual(t('except'), ['ALAB007']);
    assert.deepStrictEqual(t('except (ValueError, asyncio.CancelledError)'), ['ALAB007']);
    assert.deepStrictEqual(t('except BaseException', 'x = 1'), []);
    assert.deepStrictEqual(t('except Exception'), []);
    assert.deepStrictEqual(codes(`${HEAD}async def g():\n    try:\n        await f()\n    except BaseException:\n        raise\n`), []);
  });
  it('ALAB008 gather not awaited', () => {
    assert.deepStrictEqual(codes(`${HEAD}async def g():\n    asyncio.gather(f(), f())\n`), ['ALAB008']);
    assert.deepStrictEqual(codes(`${HEAD}async def g():\n    r = await asyncio.gather(f(), f())\n    return r\n`), []);
  });
});
