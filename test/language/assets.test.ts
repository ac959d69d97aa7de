// Snippets, the injection grammar, and the pure-core rule (no vscode import outside register.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from '../../src/translator/parser';
import { checkSource } from '../../src/language/diagnostics';

const ROOT = path.join(__dirname, '..', '..');

interface Snippet { scope: string; prefix: string; description: string; body: string[] }
const SNIPPETS = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'asyncio.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** Snippet body as plain Python: `${1:x}` → x, `$0` → ''. */
function expand(body: string[]): string {
  let s = body.join('\n');
  for (let i = 0; i < 5; i++) s = s.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return s.replace(/\$\d+/g, '');
}

describe('language: snippets', () => {
  it('cover the ten patterns of the issue, for python', () => {
    const names = Object.keys(SNIPPETS).join(' | ');
    for (const w of ['asyncio.run', 'gather', 'TaskGroup', 'Future', 'to_thread', 'Queue', 'timeout', 'semaphore', 'async generator', 'async context manager']) {
      assert.ok(names.includes(w), `no snippet for ${w}: ${names}`);
    }
    for (const [k, s] of Object.entries(SNIPPETS)) {
      assert.strictEqual(s.scope, 'python', k);
      assert.match(s.description, /coroutine|Future|Task/, `${k}: the description must name the distinction`);
    }
    const prefixes = Object.values(SNIPPETS).map((s) => s.prefix);
    assert.strictEqual(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
  });
  it('expand to Python that parses (as a notebook cell)', () => {
    for (const [k, s] of Object.entries(SNIPPETS)) {
      const r = parse(expand(s.body), `${k}.py`, { allowTopLevelAwait: true });
      assert.deepStrictEqual(r.errors.map((e) => e.msg), [], k);
    }
  });
  it('raise none of our own diagnostics', () => {
    for (const [k, s] of Object.entries(SNIPPETS)) {
      const cell = !k.includes('asyncio.run'); // the asyncio.run main is for .py files
      assert.deepStrictEqual(checkSource(`import asyncio\n${expand(s.body)}`, 'x.py', { cell }).map((d) => d.code), [], k);
    }
  });
});

describe('language: injection grammar', () => {
  const g = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'asyncio.injection.tmLanguage.json'), 'utf8'));
  const re = (name: string) => new RegExp(g.repository[name].match, 'g');
  it('injects into source.python outside comments and strings', () => {
    assert.strictEqual(g.injectionSelector, 'L:source.python -comment -string');
    assert.strictEqual(g.scopeName, 'asyncio-lab.injection.python');
  });
  it('marks suspension points and scheduling calls', () => {
    assert.deepStrictEqual('x = await f()\nawaited = 1'.match(re('await')), ['await']);
    assert.deepStrictEqual('async for x in y:\nasync with l:\nasync def f():'.match(re('async-block')), ['async for', 'async with']);
    const sched = 'asyncio.create_task(f())\nloop.call_soon(cb)\nawait gather(a, b)\ncreate_task = 1'.match(re('schedule'));
    assert.deepStrictEqual(sched, ['create_task', 'call_soon', 'gather']);
    assert.match(g.repository.await.name, /^keyword\.control\.flow\./);
    assert.match(g.repository.schedule.captures['1'].name, /^support\.function\./);
  });
});

describe('language: pure cores', () => {
  it('do not import vscode (only register.ts does)', () => {
    const dir = path.join(ROOT, 'src', 'language');
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.ts') && x !== 'register.ts')) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      assert.ok(!/from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(text), `${f} imports vscode`);
    }
  });
  it('files stay under 300 lines', () => {
    for (const d of ['src/language', 'test/language']) {
      for (const f of fs.readdirSync(path.join(ROOT, d)).filter((x) => x.endsWith('.ts'))) {
        const n = fs.readFileSync(path.join(ROOT, d, f), 'utf8').split('\n').length;
        assert.ok(n <= 300, `${d}/${f} has ${n} lines`);
      }
    }
  });
});
