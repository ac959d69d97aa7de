// Hover content: names resolved through imports and aliases, variables by what they hold.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { hoverAt } from '../../src/language/hover';
import { HOVERS } from '../../src/language/hoverData';

const SRC = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'language', 'hover.py'), 'utf8');
const LINES = SRC.split('\n');

/** Hover at the `nth` occurrence of `needle`, `off` characters into it. */
function at(needle: string, off = 0, nth = 0, src = SRC) {
  const lines = src === SRC ? LINES : src.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    let c = lines[i].indexOf(needle);
    while (c >= 0) {
      if (seen++ === nth) return hoverAt(src, { line: i + 1, col: c + off });
      c = lines[i].indexOf(needle, c + 1);
    }
  }
  throw new Error(`${needle} not in source`);
}
const key = (needle: string, off = 0, nth = 0) => at(needle, off, nth)?.key ?? null;

describe('language: hovers', () => {
  it('explains async def, await and a coroutine call', () => {
    assert.strictEqual(key('async def fetch'), 'async def');
    assert.strictEqual(key('async def fetch', 11), 'async def');
    assert.match(at('async def fetch')!.markdown, /`fetch` is a coroutine function/);
    assert.strictEqual(key('await aio.sleep', 2), 'await');
    assert.strictEqual(key('fetch(1)', 1), 'coroutine call');
    assert.match(at('fetch(1)', 1)!.markdown, /nothing runs yet/);
  });
  it('resolves import aliases and from-imports', () => {
    assert.strictEqual(key('sleep(0)', 1), 'asyncio.sleep(0)');
    assert.strictEqual(key('nap(1)', 1), 'asyncio.sleep');
    assert.strictEqual(key('gather(t', 1), 'asyncio.gather');
    assert.strictEqual(key('create_task(coro)', 1), 'asyncio.create_task');
    assert.strictEqual(key('Queue()', 1), 'asyncio.Queue');
    assert.strictEqual(key('wait_for', 1), 'asyncio.wait_for');
    assert.strictEqual(key('get_running_loop', 1), 'asyncio.get_running_loop');
  });
  it('says time.sleep blocks the loop only inside async def', () => {
    assert.strictEqual(key('time.sleep', 6, 0), 'time.sleep (async)');
    assert.match(at('time.sleep', 6, 0)!.markdown, /blocks the whole event loop/);
    assert.strictEqual(key('time.sleep', 6, 1), 'time.sleep');
  });
  it('knows loop, Future and TaskGroup methods from the receiver', () => {
    assert.strictEqual(key('create_future', 1), 'loop.create_future');
    assert.strictEqual(key('add_done_callback', 1), 'Future.add_done_callback');
    assert.strictEqual(key('set_result', 1), 'Future.set_result');
    assert.strictEqual(key('call_later', 1), 'loop.call_later');
    assert.strictEqual(key('tg.create_task', 4), 'TaskGroup.create_task');
  });
  it('says what a variable holds', () => {
    assert.strictEqual(key('coro =', 0), 'variable:coroutine');
    assert.strictEqual(key('(coro)', 1), 'variable:coroutine');
    assert.strictEqual(key('t = aio', 0), 'variable:task');
    assert.match(at('t = aio')!.markdown, /holds a \*\*Task\*\* \(from `asyncio.create_task\(\.\.\.\)`, line 19\)/);
    assert.strictEqual(key('fut =', 0), 'variable:future');
    assert.strictEqual(key('loop =', 0), 'variable:loop');
    assert.strictEqual(key('q =', 0), 'variable:queue');
    assert.strictEqual(key('tg:', 0), 'variable:taskgroup');
  });
  it('gives the hovered word as range and nothing on plain code', () => {
    const h = at('gather(t', 1)!;
    const line = LINES.findIndex((l) => l.includes('gather(t')) + 1;
    assert.deepStrictEqual(h.range, { line, col: LINES[line - 1].indexOf('gather'), endLine: line, endCol: LINES[line - 1].indexOf('gather') + 6 });
    assert.strictEqual(key('return n', 0), null);
    assert.strictEqual(hoverAt('x = (', { line: 1, col: 0 }), null);
  });
});

describe('language: hover data', () => {
  it('covers every concept the issue lists', () => {
    const needed = ['async def', 'coroutine call', 'await', 'asyncio.create_task', 'asyncio.ensure_future', 'TaskGroup.create_task',
      'asyncio.Future', 'loop.create_future', 'Future.set_result', 'Future.set_exception', 'Future.add_done_callback',
      'Future.result', 'Future.done', 'Future.cancel', 'asyncio.gather', 'asyncio.wait', 'asyncio.wait_for', 'asyncio.timeout',
      'asyncio.shield', 'asyncio.as_completed', 'asyncio.sleep', 'asyncio.sleep(0)', 'asyncio.run', 'loop.run_in_executor',
      'asyncio.to_thread', 'loop.call_soon', 'loop.call_later', 'loop.call_at', 'asyncio.Queue', 'asyncio.Lock', 'asyncio.Event',
      'asyncio.Semaphore', 'asyncio.get_event_loop', 'asyncio.get_running_loop', 'time.sleep (async)'];
    for (const k of needed) assert.ok(HOVERS[k], `missing hover ${k}`);
  });
  it('every entry is short, has a two-line example and a demo link', () => {
    for (const [k, e] of Object.entries(HOVERS)) {
      assert.ok(e.text.length <= 260, `${k} text too long`);
      assert.strictEqual(e.example.length, 2, k);
      assert.ok(e.example.every((l) => !l.includes('\n')), k);
      assert.ok(/^[a-z0-9-]+$/.test(e.demo), k);
    }
    assert.match(at('gather(t', 1)!.markdown, /\(command:asyncio-lab\.openDemo\?%5B%22gather%22%5D\)$/);
  });
});

describe('language: hovers in a notebook cell', () => {
  const context = 'import asyncio\nasync def fetch():\n    return 1\nkept = fetch()\n';
  it('resolves names defined by earlier cells, with ranges inside the cell', () => {
    const h = hoverAt('x = 1\nt = asyncio.create_task(fetch())\n', { line: 2, col: 25 }, { cell: true, context })!;
    assert.strictEqual(h.key, 'coroutine call');
    assert.deepStrictEqual(h.range, { line: 2, col: 24, endLine: 2, endCol: 29 });
    assert.strictEqual(hoverAt('x = 1\nt = asyncio.create_task(fetch())\n', { line: 2, col: 25 }, { cell: true }), null);
  });
  it('says where a variable was bound: this cell or an earlier one', () => {
    const src = 'c = fetch()\nprint(c, kept)\n';
    assert.match(hoverAt(src, { line: 2, col: 6 }, { cell: true, context })!.markdown, /`c` holds a \*\*coroutine object\*\* \(from `fetch\(\.\.\.\)`, line 1\)/);
    assert.match(hoverAt(src, { line: 2, col: 10 }, { cell: true, context })!.markdown, /`kept` holds a \*\*coroutine object\*\* \(from `fetch\(\.\.\.\)`, an earlier cell\)/);
  });
});

describe('language: every hover topic in real code', () => {
  const TOPICS = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'language', 'hover_topics.py'), 'utf8');
  /** Keys shown anywhere in a source, hovering the start of every word. */
  function keysIn(src: string): Set<string> {
    const keys = new Set<string>();
    src.split('\n').forEach((l, i) => {
      for (const w of l.replace(/#.*$/, '').matchAll(/\w+/g)) {
        const h = hoverAt(src, { line: i + 1, col: w.index! });
        if (h) keys.add(h.key);
      }
    });
    return keys;
  }
  it('shows the marked entry on each `# hover: WORD -> KEY` line of hover_topics.py', () => {
    let n = 0;
    TOPICS.split('\n').forEach((l, i) => {
      const m = /^(\s*\S.*?)# hover: (\w+) -> (\S+)$/.exec(l);
      if (!m) return;
      n++;
      const col = m[1].search(new RegExp(`\\b${m[2]}\\b`));
      assert.ok(col >= 0, `line ${i + 1}: ${m[2]} not in the code`);
      assert.strictEqual(hoverAt(TOPICS, { line: i + 1, col: col + 1 })?.key, m[3], `line ${i + 1}: ${l.trim()}`);
    });
    assert.strictEqual(n, 21);
  });
  it('reaches every entry of hoverData.ts from hover.py and hover_topics.py', () => {
    const seen = new Set([...keysIn(SRC), ...keysIn(TOPICS)]);
    assert.deepStrictEqual(Object.keys(HOVERS).filter((k) => !seen.has(k)), []);
  });
});
