import * as assert from 'assert';
import { python } from './_oracle';
import { hashStr, hashInt, hashFloat, hashBytes } from '../../../src/runtime/py/hash';
import { hashOf } from '../../../src/runtime/py/setTable';
import { tuple, float, None } from '../../../src/runtime/py/object';
import { frozenset, frozensetHash } from '../../../src/runtime/py/set';

const STRS = ['', 'a', 'ab', 'abc', 'abcdefg', 'abcdefgh', 'abcdefghi', 'hello world', 'The quick brown fox jumps',
  'é', 'café', 'ÿþ', '€', 'Ā', 'naïve €uro', '日本語', '😀', 'a😀b', '𝄞music', 'x'.repeat(100), '\u0000', '\ud800', 'k' + '\u00e9'.repeat(9)];

describe('hash (CPython 3.11, PYTHONHASHSEED=0)', () => {
  it('str, bytes', () => {
    const want = python(`import json\nstrs=json.loads(${JSON.stringify(JSON.stringify(STRS))})\nprint(' '.join(str(hash(s)) for s in strs))\nprint(' '.join(str(hash(s.encode('utf-8','surrogatepass'))) for s in strs))`).trim().split('\n');
    assert.strictEqual(STRS.map(s => String(hashStr(s))).join(' '), want[0]);
    assert.strictEqual(STRS.map(s => String(hashBytes(Buffer.from(s === '\ud800' ? '' : s, 'utf8')))).join(' ').split(' ').filter((_, i) => STRS[i] !== '\ud800').join(' '),
      want[1].split(' ').filter((_, i) => STRS[i] !== '\ud800').join(' '));
  });
  it('int, float', () => {
    const ints = [0, 1, -1, -2, 2, 1000, -1000, 2 ** 31, 2 ** 32 + 5, 2 ** 53 - 1, -(2 ** 53 - 1)];
    const bigs = [2n ** 61n - 2n, 2n ** 61n - 1n, 2n ** 61n, 2n ** 64n + 7n, -(2n ** 61n), -(2n ** 61n) + 1n, 10n ** 40n, -(10n ** 40n)];
    const floats = [0.5, -0.5, 1.5, 0.1, 1e-300, 5e-324, 1e300, 123.456, -2.5, 1e20, 2 ** 70, 3.0, -0.0, Infinity, -Infinity];
    const want = python(`print(' '.join(str(hash(x)) for x in [${ints.join(',')}, ${bigs.join(',')}]))\nprint(' '.join(str(hash(x)) for x in [${floats.map(f => f === Infinity ? "float('inf')" : f === -Infinity ? "float('-inf')" : Object.is(f, -0) ? '-0.0' : String(f).includes('e') || String(f).includes('.') ? String(f) : String(f) + '.0').join(',')}]))`).trim().split('\n');
    assert.strictEqual([...ints, ...bigs].map(n => String(hashInt(n))).join(' '), want[0]);
    assert.strictEqual(floats.map(f => String(hashFloat(f))).join(' '), want[1]);
  });
  it('tuple, frozenset, None, bool, mixed', () => {
    const want = python(`print(' '.join(str(hash(x)) for x in [(), (1,), (1, 2), ('a', 'b'), (1, (2, 3), 'x'), (True, False), (1.5, -1), ((),), frozenset(), frozenset({1, 2, 3}), frozenset({'a', (1, 2)}), (frozenset({1}), 2)]))`).trim();
    const got = [tuple([]), tuple([1]), tuple([1, 2]), tuple(['a', 'b']), tuple([1, tuple([2, 3]), 'x']), tuple([true, false]),
      tuple([float(1.5), -1]), tuple([tuple([])]), frozenset([]), frozenset([1, 2, 3]), frozenset(['a', tuple([1, 2])]),
      tuple([frozenset([1]), 2])].map(v => String(hashOf(v))).join(' ');
    assert.strictEqual(got, want);
    assert.strictEqual(String(frozensetHash(frozenset([1, 2, 3]))), python('print(hash(frozenset({1,2,3})))').trim());
    void None;
  });
});
