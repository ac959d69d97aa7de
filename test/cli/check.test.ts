// `asyncio-lab check FILE.py|NB.ipynb` (src/cli/check.ts): output format and exit status.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkCommand, notebookCodeCells } from '../../src/cli/check';

const FIX = path.join(__dirname, '..', 'fixtures', 'language');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');

function run(file: string, source = read(file)): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = checkCommand(file, source, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

describe('cli: asyncio-lab check', () => {
  it('prints file:line:col: CODE message for mistakes.py and exits 1', () => {
    const r = run('mistakes.py');
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.out, read('mistakes.expected'));
    for (const line of r.out.trimEnd().split('\n')) assert.match(line, /^mistakes\.py:\d+:\d+: ALAB00\d \S/);
  });
  it('prints nothing for clean.py and exits 0', () => {
    assert.deepStrictEqual(run('clean.py'), { code: 0, out: '', err: '' });
  });
});

describe('cli: asyncio-lab check on a notebook', () => {
  it('prints nb.ipynb:cell N:line:col: CODE message, one line per marked mistake, and exits 1', () => {
    const r = run('mistakes.ipynb');
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.out, read('mistakes.ipynb.expected'));
    const expected: string[] = [];
    for (const cell of notebookCodeCells(read('mistakes.ipynb'))) {
      cell.source.split('\n').forEach((l, i) => {
        const m = /# expect: (\w+)/.exec(l);
        if (m) expected.push(`cell ${cell.n}:${i + 1}:${m[1]}`);
      });
    }
    const found = r.out.trimEnd().split('\n').map((line) => {
      const m = /^mistakes\.ipynb:(cell \d+):(\d+):\d+: (ALAB00\d) \S/.exec(line);
      assert.ok(m, line);
      return `${m[1]}:${m[2]}:${m[3]}`;
    });
    assert.deepStrictEqual(found, expected);
  });
  it('knows what earlier cells defined, and counts markdown cells in N', () => {
    const out = run('mistakes.ipynb').out;
    // cell 3 calls fetch() from cell 2; cell 4 is markdown; `pending` (cell 3) is awaited in cell 5
    assert.match(out, /^mistakes\.ipynb:cell 3:1:1: ALAB001 `fetch\(\)` makes a coroutine object/m);
    assert.doesNotMatch(out, /cell 3:4:/);
    assert.match(out, /cell 8:5:1: ALAB008 `together\(\.\.\.\)` is not awaited/);
  });
  it('prints nothing for clean.ipynb and exits 0', () => {
    assert.deepStrictEqual(run('clean.ipynb'), { code: 0, out: '', err: '' });
  });
  it('exits 2 with a message when the notebook is not JSON', () => {
    const r = run('broken.ipynb', '{"cells": [');
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.out, '');
    assert.match(r.err, /^asyncio-lab: broken\.ipynb is not a valid \.ipynb file: /);
  });
  it('reads sources given as one string or as a list of lines', () => {
    const nb = JSON.stringify({ cells: [{ cell_type: 'markdown', source: 'x' }, { cell_type: 'code', source: 'a = 1\n' }, { cell_type: 'code', source: ['b = 1\n', 'c = 2\n'] }] });
    assert.deepStrictEqual(notebookCodeCells(nb), [{ n: 2, source: 'a = 1\n' }, { n: 3, source: 'b = 1\nc = 2\n' }]);
  });
});
