// Code cells read from an .ipynb keep their position in the notebook (markdown cells count), the
// number the kernel, the task view and `asyncio-lab check` use in `<cell N>`.
import * as assert from 'assert';
import { notebookCells } from '../../src/sandbox/notebookFile';

describe('sandbox/notebookFile', () => {
  it('returns code cells with their 1-based position among all cells', () => {
    const nb = { nbformat: 4, cells: [
      { cell_type: 'markdown', source: ['# Title\n'] },
      { cell_type: 'code', source: ['import asyncio\n', 'x = 1\n'] },
      { cell_type: 'raw', source: 'raw' },
      { cell_type: 'code', source: 'print(x)\n' },
    ] };
    assert.deepStrictEqual(notebookCells(JSON.stringify(nb)), [
      { n: 2, source: 'import asyncio\nx = 1\n' },
      { n: 4, source: 'print(x)\n' },
    ]);
  });

  it('reports a file that is not JSON clearly, and treats a missing cell list as empty', () => {
    assert.throws(() => notebookCells('{not json'), /not a valid \.ipynb file/);
    assert.deepStrictEqual(notebookCells('{}'), []);
  });
});
