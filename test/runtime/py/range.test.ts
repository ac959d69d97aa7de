// range iteration through JS for..of (what `for i in range(...)` compiles to): a counted
// iterator, compared with what CPython's `list(range(...))` gives.
import * as assert from 'assert';
import { python } from './_oracle';
import { range } from '../../../src/runtime/py/range';
import { iter } from '../../../src/runtime/py/protocols';

const CASES: number[][] = [[5], [0], [-3], [1, 5], [5, 1], [1, 10, 3], [10, 1, -3], [-5, 5, 2], [0, 1], [7, 7, -1], [0, 20, 7]];

describe('range iteration', () => {
  it('for..of gives the values CPython lists, for every sign of step and empty ranges', () => {
    const expected = python(CASES.map(a => `print(list(range(${a.join(', ')})))`).join('\n')).trim().split('\n');
    const got = CASES.map(a => `[${[...iter(range(...a)) as Iterable<number>].join(', ')}]`);
    assert.deepStrictEqual(got, expected);
  });

  it('each for..of starts afresh, and a break leaves the range reusable', () => {
    const r = range(3);
    for (const v of iter(r)) { if (v === 1) break; }
    assert.deepStrictEqual([...iter(r) as Iterable<number>], [0, 1, 2]);
    const it = (iter(r) as any)[Symbol.iterator]();
    assert.strictEqual(it[Symbol.iterator](), it);
    assert.deepStrictEqual([it.next().value, it.next().value, it.next().value, it.next().done], [0, 1, 2, true]);
  });
});
