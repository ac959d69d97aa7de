// Run Selection: the code a selection sends to the Interactive Window.
import * as assert from 'assert';
import { dedent, selectionCode } from '../../src/notebook/selectionCode';

const FILE = [
  'import asyncio',               // 0
  '',                             // 1
  'async def main():',            // 2
  '    x = 1',                    // 3
  '    if x:',                    // 4
  '        print(x + 1)',         // 5
  '',                             // 6
  'asyncio.run(main())',          // 7
].join('\n');

const sel = (l1: number, c1: number, l2 = l1, c2 = c1) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

describe('notebook/selectionCode', () => {
  it('an empty selection sends the cursor line, dedented', () => {
    assert.strictEqual(selectionCode(FILE, sel(7, 3)), 'asyncio.run(main())');
    assert.strictEqual(selectionCode(FILE, sel(5, 0)), 'print(x + 1)');
  });

  it('a block selected from its indentation runs on its own', () => {
    assert.strictEqual(selectionCode(FILE, sel(3, 2, 6, 0)), 'x = 1\nif x:\n    print(x + 1)');
    assert.strictEqual(selectionCode(FILE, sel(3, 4, 5, 20)), 'x = 1\nif x:\n    print(x + 1)');
  });

  it('a selection inside a line sends just that text', () => {
    assert.strictEqual(selectionCode(FILE, sel(5, 14, 5, 19)), 'x + 1');
  });

  it('a selection ending at column 0 leaves the next line out', () => {
    assert.strictEqual(selectionCode(FILE, sel(0, 0, 2, 0)), 'import asyncio');
  });

  it('CRLF files and tabs', () => {
    assert.strictEqual(selectionCode('if 1:\r\n\tprint(1)\r\n\tprint(2)\r\n', sel(1, 0, 3, 0)), 'print(1)\nprint(2)');
    assert.strictEqual(dedent(['  a', '\t b']), '  a\n\t b');
    assert.strictEqual(dedent(['', '   ', '  a', '    b', '']), 'a\n  b');
  });
});
