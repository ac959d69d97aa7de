import * as assert from 'assert';
import { compareAll } from './_oracle';
import { callMethod } from '../../../src/runtime/py/attrs';
import { tuple, None, float } from '../../../src/runtime/py/object';
import { kw, call, callKw } from '../../../src/runtime/py/call';
import { getitem, contains, hash, len, repr } from '../../../src/runtime/py/protocols';
import { eq, add, mul, lt } from '../../../src/runtime/py/ops';
import { containerBuiltins as B } from '../../../src/runtime/py/builtinsContainers';
import { dict } from '../../../src/runtime/py/dict';
import { set } from '../../../src/runtime/py/set';
import { slice } from '../../../src/runtime/py/slice';
import { bytes } from '../../../src/runtime/py/bytes';

const T = (...a: any[]) => tuple(a);
const I = (x: any) => callMethod(x, '__iter__');
const L = (it: any) => call(B.list, it);
const R = (...a: any[]) => call(B.range, ...a);

describe('container builtins, range, bytes, slice', () => {
  it('match CPython', () => {
    let n = 0;
    const counter = () => ++n;
    const bad = compareAll([
      ['list(enumerate("ab", 5))', () => L(call(B.enumerate, 'ab', 5))],
      ['list(enumerate(iterable=[1], start=2))', () => L(callKw(B.enumerate, [], kw({ iterable: [1], start: 2 })))],
      ['enumerate()', () => call(B.enumerate)],
      ['enumerate([], foo=1)', () => callKw(B.enumerate, [[]], kw({ foo: 1 }))],
      ['list(zip("ab", [1, 2, 3]))', () => L(call(B.zip, 'ab', [1, 2, 3]))],
      ['list(zip())', () => L(call(B.zip))],
      ['list(zip([1], [2, 3], strict=True))', () => L(callKw(B.zip, [[1], [2, 3]], kw({ strict: true })))],
      ['list(zip([1, 2], [2], strict=True))', () => L(callKw(B.zip, [[1, 2], [2]], kw({ strict: true })))],
      ['list(zip([1], [2], [3, 4], strict=True))', () => L(callKw(B.zip, [[1], [2], [3, 4]], kw({ strict: true })))],
      ['zip(1)', () => call(B.zip, 1)],
      ['list(map(len, ["a", "bb"]))', () => L(call(B.map, B.len, ['a', 'bb']))],
      ['list(map(pow, [2, 3], [5, 2, 9]))', () => L(call(B.map, (a: number, b: number) => a ** b, [2, 3], [5, 2, 9]))],
      ['map(len)', () => call(B.map, B.len)],
      ['list(filter(None, [0, 1, "", "a", None, [], [0]]))', () => L(call(B.filter, None, [0, 1, '', 'a', None, [], [0]]))],
      ['list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed({"a": 1, "b": 2}))', () => T(L(call(B.reversed, [1, 2, 3])), L(call(B.reversed, 'abc')), L(call(B.reversed, R(4))), L(call(B.reversed, dict([['a', 1], ['b', 2]]))))],
      ['reversed(set())', () => call(B.reversed, set([]))],
      ['max([3, 1, 4]), min([3, 1, 4]), max(3, 9, 2), min("bca")', () => T(call(B.max, [3, 1, 4]), call(B.min, [3, 1, 4]), call(B.max, 3, 9, 2), call(B.min, 'bca'))],
      ['max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc"], key=len)', () => T(callKw(B.max, [['aa', 'b', 'cc']], kw({ key: B.len })), callKw(B.min, [['aa', 'b', 'cc']], kw({ key: B.len })))],
      ['max([], default="d"), max([]) if False else 0', () => T(callKw(B.max, [[]], kw({ default: 'd' })), 0)],
      ['max([])', () => call(B.max, [])],
      ['min([])', () => call(B.min, [])],
      ['max()', () => call(B.max)],
      ['max(1, 2, default=3)', () => callKw(B.max, [1, 2], kw({ default: 3 }))],
      ['max([1], foo=1)', () => callKw(B.max, [[1]], kw({ foo: 1 }))],
      ['max(1)', () => call(B.max, 1)],
      ['max(1, "a")', () => call(B.max, 1, 'a')],
      ['min(1, "a")', () => call(B.min, 1, 'a')],
      ['max([1, 1.0, True]), min([2, 2.0])', () => T(call(B.max, [1, float(1), true]), call(B.min, [2, float(2)]))],
      ['sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum([], start=5)', () => T(call(B.sum, [1, 2, 3]), call(B.sum, [1, 2], 10), call(B.sum, mul([float(0.1)], 10)), call(B.sum, [[1], [2]], []), callKw(B.sum, [[]], kw({ start: 5 })))],
      ['sum(["a"], "")', () => call(B.sum, ['a'], '')],
      ['sum()', () => call(B.sum)],
      ['sum([1, "a"])', () => call(B.sum, [1, 'a'])],
      ['sum([2**60, 2**60, 2**60])', () => call(B.sum, [2 ** 60, 2 ** 60, 2 ** 60].map(x => BigInt(x)).map(x => x > BigInt(Number.MAX_SAFE_INTEGER) ? x : Number(x)))],
      ['any([]), all([]), any([0, "", 3]), all([1, 0])', () => T(call(B.any, []), call(B.all, []), call(B.any, [0, '', 3]), call(B.all, [1, 0]))],
      ['any()', () => call(B.any)],
      ['len([1, 2]), len("😀"), len({1: 2}), len(range(10)), len(b"ab")', () => T(call(B.len, [1, 2]), call(B.len, '😀'), call(B.len, dict([[1, 2]])), call(B.len, R(10)), call(B.len, bytes([97, 98])))],
      ['len(5)', () => call(B.len, 5)],
      ['it = iter([1, 2])\n[next(it), next(it), next(it, "end")]', () => { const it = call(B.iter, [1, 2]); return [call(B.next, it), call(B.next, it), call(B.next, it, 'end')]; }],
      ['next(iter([]))', () => call(B.next, call(B.iter, []))],
      ['next(1)', () => call(B.next, 1)],
      ['iter(1)', () => call(B.iter, 1)],
      ['n = 0\ndef c():\n global n\n n += 1\n return n\nlist(iter(c, 4))', () => L(call(B.iter, counter, 4))],
      ['range(5), range(1, 5), range(1, 10, 2), range(0), range(-3)', () => T(R(5), R(1, 5), R(1, 10, 2), R(0), R(-3))],
      ['list(range(10, 0, -3)), len(range(10, 0, -3)), range(10)[-1], range(1, 10, 2)[1:3], range(10)[::-1]', () => { const r = R(10, 0, -3); return T(L(r), len(r), getitem(R(10), -1), getitem(R(1, 10, 2), slice(1, 3)), getitem(R(10), slice(None, None, -1))); }],
      ['range(3)[3]', () => getitem(R(3), 3)],
      ['range(1.5)', () => R(float(1.5))],
      ['range()', () => R()],
      ['range(1, 2, 0)', () => R(1, 2, 0)],
      ['3 in range(0, 10, 3), 4 in range(0, 10, 3), 3.0 in range(5), "a" in range(3), -1 in range(0, -5, -1)', () => T(contains(R(0, 10, 3), 3), contains(R(0, 10, 3), 4), contains(R(5), float(3)), contains(R(3), 'a'), contains(R(0, -5, -1), -1))],
      ['range(0, 10, 3).index(9), range(5).count(2)', () => T(callMethod(R(0, 10, 3), 'index', 9), callMethod(R(5), 'count', 2))],
      ['range(5).index(7)', () => callMethod(R(5), 'index', 7)],
      ['range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(3) == range(3)', () => T(eq(R(0), R(5, 2)), eq(R(0, 3, 2), R(0, 4, 2)), eq(R(3), R(3)))],
      ['hash(range(1, 9, 3)), hash(range(0, 10))', () => T(hash(R(1, 9, 3)), hash(R(0, 10)))],
      ['b"ab\\x00\'", b\'"\', b"\\xff\\n", bytes(3), bytes([1, 255]), bytes("é", "utf-8")', () => T(bytes([97, 98, 0, 39]), bytes([34]), bytes([255, 10]), call(B.bytes, 3), call(B.bytes, [1, 255]), call(B.bytes, 'é', 'utf-8'))],
      ['b"abc"[1], b"abc"[-1:], list(b"ab"), b"a" + b"b", b"ab" * 2, b"ab" == b"ab", b"a" < b"b", 97 in b"abc", b"bc" in b"abc"', () => {
        const b = bytes([97, 98, 99]);
        return T(getitem(b, 1), getitem(b, slice(-1, None)), L(bytes([97, 98])), add(bytes([97]), bytes([98])), mul(bytes([97, 98]), 2), eq(bytes([97, 98]), bytes([97, 98])), lt(bytes([97]), bytes([98])), contains(b, 97), contains(b, bytes([98, 99])));
      }],
      ['b"caf\\xc3\\xa9".decode(), b"ab".hex(), bytes.fromhex("61 62"), b"-".join([b"a", b"b"]), b"abc".startswith(b"ab"), hash(b"abc")', () => T(callMethod(bytes([99, 97, 102, 0xc3, 0xa9]), 'decode'), callMethod(bytes([97, 98]), 'hex'), callMethod(B.bytes, 'fromhex', '61 62'), callMethod(bytes([45]), 'join', [bytes([97]), bytes([98])]), callMethod(bytes([97, 98, 99]), 'startswith', bytes([97, 98])), hash(bytes([97, 98, 99])))],
      ['b"\\xff".decode()', () => callMethod(bytes([255]), 'decode')],
      ['b"a\\xe9b".decode("utf-8")', () => callMethod(bytes([97, 0xe9, 98]), 'decode', 'utf-8')],
      ['bytes("a")', () => call(B.bytes, 'a')],
      ['bytes([300])', () => call(B.bytes, [300])],
      ['slice(3), slice(1, 2), slice(1, 2, 3), slice(None, -1).indices(10), slice(None, None, -2).indices(5)', () => T(call(B.slice, 3), call(B.slice, 1, 2), call(B.slice, 1, 2, 3), callMethod(slice(None, -1), 'indices', 10), callMethod(slice(None, None, -2), 'indices', 5))],
      ['slice(1, 2) == slice(1, 2), slice(1) == slice(2)', () => T(eq(slice(1, 2), slice(1, 2)), eq(call(B.slice, 1), call(B.slice, 2)))],
      ['hash(slice(1))', () => hash(slice(1))],
      ['frozenset([1, 2]), set("aab") == {"a", "b"}, sorted(set([3, 1]))', () => T(call(B.frozenset, [1, 2]), eq(call(B.set, 'aab'), set(['a', 'b'])), call(B.sorted, call(B.set, [3, 1])))],
      ['set(1)', () => call(B.set, 1)],
      ['set([1], [2])', () => call(B.set, [1], [2])],
      ['type(iter([])).__name__, type(iter("a")).__name__, type(iter("é")).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__, type(reversed([])).__name__', () => T(...[I([]), I('a'), I('é'), call(B.iter, dict([])), call(B.iter, set([])), call(B.iter, R(1)), call(B.reversed, [])].map(x => x.$cls.$name))],
    ]);
    assert.deepStrictEqual(bad, []);
    void repr;
  });
});
