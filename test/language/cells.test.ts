// Notebook cells checked with the earlier cells as context (src/language/cells.ts).
import * as assert from 'assert';
import { cellContext, checkCell, checkCells } from '../../src/language/cells';

const DEF = 'import asyncio\nasync def fetch():\n    return 1\n';

describe('language: notebook cells', () => {
  it('resolves names defined by earlier cells, with lines inside the cell', () => {
    const [first, second] = checkCells([DEF, 'x = 1\nfetch()\n']);
    assert.deepStrictEqual(first, []);
    assert.deepStrictEqual(second.map((d) => [d.code, d.line, d.col]), [['ALAB001', 2, 0]]);
    assert.deepStrictEqual(second[0].fix?.edits, [{ line: 2, col: 0, endLine: 2, endCol: 0, newText: 'await ' }]);
  });
  it('does not report a coroutine object kept for a later cell', () => {
    assert.deepStrictEqual(checkCells([DEF, 'c = fetch()\n', 'await c\n']).flat(), []);
  });
  it('applies the cell rules: top-level await is fine, asyncio.run is not', () => {
    const ds = checkCell('await fetch()\nasyncio.run(fetch())\n', cellContext([DEF]));
    assert.deepStrictEqual(ds.map((d) => [d.code, d.line]), [['ALAB004', 2]]);
  });
  it('puts an import the quick fix adds at the top of the cell', () => {
    const ds = checkCell('async def f():\n    time.sleep(1)\n', cellContext(['import time']));
    assert.deepStrictEqual(ds.map((d) => d.code), ['ALAB002']);
    assert.deepStrictEqual(ds[0].fix?.edits, [
      { line: 1, col: 0, endLine: 1, endCol: 0, newText: 'import asyncio\n' },
      { line: 2, col: 4, endLine: 2, endCol: 17, newText: 'await asyncio.sleep(1)' },
    ]);
  });
  it('leaves out earlier cells that do not parse', () => {
    assert.strictEqual(cellContext(['a = 1', 'print((\n', 'b = 2\n']), 'a = 1\nb = 2\n');
    assert.deepStrictEqual(checkCells(['print((\n', 'import asyncio\nasyncio.sleep(1)\nz = 0\n'])[1].map((d) => [d.code, d.line]), [['ALAB001', 2]]);
  });
  it('checks a whole notebook in one pass, a cell with a syntax error on its own', () => {
    const ds = checkCells([DEF, 'import time\n', 'async def g():\n    time.sleep(1)', 'fetch()\nprint((\n', 'fetch()\n']);
    assert.deepStrictEqual(ds.map((d) => d.map((x) => `${x.code}@${x.line}`)), [[], [], ['ALAB002@2'], ['ALAB001@1'], ['ALAB001@1']]);
    assert.deepStrictEqual(ds[2][0].fix?.edits.map((e) => [e.line, e.newText]), [[2, 'await asyncio.sleep(1)']]);
    const noAsyncio = checkCells(['import time\n', 'async def g():\n    time.sleep(1)\n']);
    assert.deepStrictEqual(noAsyncio[1][0].fix?.edits.map((e) => [e.line, e.col, e.newText]), [[1, 0, 'import asyncio\n'], [2, 4, 'await asyncio.sleep(1)']]);
  });
  it('honours disabled rules', () => {
    assert.deepStrictEqual(checkCells([DEF, 'fetch()\n'], { disabled: ['ALAB001'] }).flat(), []);
  });
});
