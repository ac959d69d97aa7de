// The "Show TypeScript" document and its Python line -> view line mapping.
import * as assert from 'assert';
import { buildTsView, tsLinesFor, type LineRange, type TsView } from '../../src/notebook/tsView';
import { translate } from '../../src/translator/translate';

const CELL = [
  'import asyncio',               // 1
  '',                             // 2
  'async def fetch(i):',          // 3
  '    await asyncio.sleep(0.5)', // 4
  '    return i * 10',            // 5
  '',                             // 6
  'await fetch(2)',               // 7
].join('\n');

const view = buildTsView(CELL, { filename: '<cell 2>', mode: 'cell', title: 'demo.ipynb, cell 2' });
const lines = view.text.split('\n');
/** The view lines of a mapping, as text. */
const textIn = (v: TsView, ranges: LineRange[]) => ranges.flatMap(r => v.text.split('\n').slice(r.start, r.end + 1));
const textOf = (ranges: LineRange[]) => textIn(view, ranges);
const lineWith = (needle: string) => lines.findIndex(l => l.includes(needle));

describe('notebook/tsView', () => {
  it('shows the whole translation inside the function the sandbox runs, under a header', () => {
    assert.ok(view.ok);
    assert.match(lines[0], /^\/\/ Asyncio Lab: translation of demo\.ipynb, cell 2 /);
    const code = translate(CELL, '<cell 2>', { mode: 'cell' }).code.replace(/\n$/, '');
    const open = lines.indexOf('(function ($, G) {');
    assert.ok(open > 0);
    assert.strictEqual(lines.slice(open + 1, open + 1 + code.split('\n').length).join('\n'), code);
    assert.strictEqual(lines[open + 1 + code.split('\n').length], '});');
    assert.strictEqual(view.owners.length, lines.length);
  });

  it('maps a statement to exactly its own line', () => {
    assert.deepStrictEqual(tsLinesFor(view, 4), [{ start: lineWith('"sleep"'), end: lineWith('"sleep"') }]);
    assert.deepStrictEqual(textOf(tsLinesFor(view, 5)).map(s => s.trim()), ['return $.mul(i, 10);']);
    assert.deepStrictEqual(textOf(tsLinesFor(view, 1)).map(s => s.trim()), ['G.asyncio = $.import("asyncio");']);
    assert.match(textOf(tsLinesFor(view, 7)).join('\n'), /displayhook.*await.*fetch/);
  });

  it('maps a def header to its wrapper lines but not to its body', () => {
    const header = textOf(tsLinesFor(view, 3)).join('\n');
    assert.match(header, /\$\.def\(function fetch\(i\) \{/);
    assert.match(header, /const fetch\$body = function\* \(i\) \{/);
    assert.match(header, /\$\.coroutine\(fetch, fetch\$body\(i\)\)/);
    assert.doesNotMatch(header, /sleep|\$\.mul/);
  });

  it('blank and comment lines map to nothing; a range of lines merges adjacent view lines', () => {
    assert.deepStrictEqual(tsLinesFor(view, 2), []);
    const v = buildTsView('def f():\n    x = 1\n\n    # note\n    return x\n', { filename: 'm.py', mode: 'module', title: 'm.py' });
    assert.deepStrictEqual([tsLinesFor(v, 3), tsLinesFor(v, 4)], [[], []]);
    assert.match(textIn(v, tsLinesFor(v, 2, 5)).join('\n'), /^\s*x = 1;\n\s*return x;$/);
    const both = tsLinesFor(view, 4, 5);
    assert.deepStrictEqual(both, [{ start: lineWith('"sleep"'), end: lineWith('$.mul') }]);
  });

  it('a decorator line maps into the decorated definition', () => {
    const v = buildTsView('def deco(f):\n    return f\n\n@deco\ndef g():\n    pass\n', { filename: 'm.py', mode: 'module', title: 'm.py' });
    const all = v.text.split('\n');
    const first = all.findIndex(l => l.startsWith('G.g = '));
    const last = all.findIndex(l => l.startsWith('}, { name: "g"'));
    const got = tsLinesFor(v, 4);
    assert.ok(got.length > 0);
    for (const r of got) assert.ok(r.start >= first && r.end <= last, JSON.stringify({ got, first, last }));
  });

  it('a cell that does not translate shows CPython\'s error instead of code', () => {
    const v = buildTsView('x = (1,\n', { filename: '<cell 1>', mode: 'cell', title: 'cell 1' });
    assert.strictEqual(v.ok, false);
    assert.match(v.text, /This code does not translate:/);
    assert.match(v.text, /line 1: SyntaxError: '\(' was never closed/);
    assert.deepStrictEqual(tsLinesFor(v, 1), []);
  });

  it('a module (a .py file) translates without the cell wrapper', () => {
    const v = buildTsView('print(1)\n', { filename: 'a.py', mode: 'module', title: 'a.py' });
    assert.ok(v.ok);
    assert.doesNotMatch(v.text, /cellCoroutine/);
    assert.match(textIn(v, tsLinesFor(v, 1)).join('\n'), /\$\.discard\(\$\.call\(\(G\.print/);
  });
});
