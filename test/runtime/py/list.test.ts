import * as assert from 'assert';
import { compareAll, python } from './_oracle';
import { lit } from './_lit';
import { callMethod, callMethodKw } from '../../../src/runtime/py/attrs';
import { tuple, None, float, intClass } from '../../../src/runtime/py/object';
import { kw, call, callKw } from '../../../src/runtime/py/call';
import { getitem, setitem, delitem, repr, hash } from '../../../src/runtime/py/protocols';
import { add, mul, iadd, imul, eq, lt, le, gt, ne } from '../../../src/runtime/py/ops';
import { slice } from '../../../src/runtime/py/slice';
import { containerBuiltins as B } from '../../../src/runtime/py/builtinsContainers';
import { set } from '../../../src/runtime/py/set';
import { dict } from '../../../src/runtime/py/dict';
import { makeClass } from '../../../src/runtime/py/classes';
import { def } from '../../../src/runtime/py/call';
import { listSort } from '../../../src/runtime/py/listSort';
import { hashStr } from '../../../src/runtime/py/hash';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}
const opt = (r: () => number, lo: number, hi: number) => (r() < 0.25 ? undefined : Math.floor(lo + r() * (hi - lo)));

describe('list and tuple', () => {
  it('random slice get/set/del match CPython', function () {
    this.timeout(60000);
    const r = rng(7);
    const cases: Array<[string, () => any]> = [];
    for (let n = 0; n < 400; n++) {
      const len = Math.floor(r() * 9);
      const base = Array.from({ length: len }, (_, i) => i);
      let step = opt(r, -4, 4);
      if (step === 0) step = r() < 0.5 ? undefined : 0;
      const sl = slice(opt(r, -12, 12), opt(r, -12, 12), step);
      const value = Array.from({ length: Math.floor(r() * 5) }, (_, i) => 100 + i);
      const pyS = `${sl.start === None ? '' : sl.start}:${sl.stop === None ? '' : sl.stop}:${sl.step === None ? '' : sl.step}`;
      cases.push([`a = ${lit(base)}\na[${pyS}]`, () => getitem(base.slice(), sl)]);
      cases.push([`a = ${lit(base)}\ntuple(a)[${pyS}]`, () => getitem(tuple(base.slice()), sl)]);
      cases.push([`a = ${lit(base)}\na[${pyS}] = ${lit(value)}\na`, () => { const a = base.slice(); setitem(a, sl, value.slice()); return a; }]);
      cases.push([`a = ${lit(base)}\ndel a[${pyS}]\na`, () => { const a = base.slice(); delitem(a, sl); return a; }]);
      const k = Math.floor(r() * 20) - 10;
      cases.push([`a = ${lit(base)}\na[${k}]`, () => getitem(base.slice(), k)]);
      cases.push([`a = ${lit(base)}\na[${k}] = 'x'\na`, () => { const a = base.slice(); setitem(a, k, 'x'); return a; }]);
      cases.push([`a = ${lit(base)}\ndel a[${k}]\na`, () => { const a = base.slice(); delitem(a, k); return a; }]);
      cases.push([`a = ${lit(base)}\na.insert(${k}, 'i')\na`, () => { const a = base.slice(); callMethod(a, 'insert', k, 'i'); return a; }]);
      cases.push([`a = ${lit(base)}\n[a.pop(${k}), a]`, () => { const a = base.slice(); return [callMethod(a, 'pop', k), a]; }]);
    }
    const bad = compareAll(cases);
    assert.deepStrictEqual(bad.slice(0, 10), [], `${bad.length} mismatches`);
  });

  it('methods, operators, errors', () => {
    const L = (...a: any[]) => a;
    const T = (...a: any[]) => tuple(a);
    const rec: any[] = [1]; rec.push(rec);
    const bad = compareAll([
      ['[1, "a", None, 2.5, (1,), ()]', () => L(1, 'a', None, float(2.5), T(1), T())],
      ['a = [1]\na.append(a)\na', () => rec],
      ['a = [1]\nb = (a,)\na.append(b)\nb', () => { const a: any[] = [1]; const b = T(a); a.push(b); return b; }],
      ['[].pop()', () => callMethod([], 'pop')],
      ['[1].pop(5)', () => callMethod([1], 'pop', 5)],
      ['[1].remove(2)', () => callMethod([1], 'remove', 2)],
      ['a = [1, 2, 1]\na.remove(1)\na', () => { const a = [1, 2, 1]; callMethod(a, 'remove', 1); return a; }],
      ["['a'].index('b')", () => callMethod(['a'], 'index', 'b')],
      ['[1, 2, 3, 2].index(2, 2)', () => callMethod([1, 2, 3, 2], 'index', 2, 2)],
      ['(1,).index(2)', () => callMethod(T(1), 'index', 2)],
      ['[1, 2, 1.0, True].count(1)', () => callMethod([1, 2, float(1), true], 'count', 1)],
      ['[[1]] + 1', () => add([[1]], 1)],
      ['[1] + (2,)', () => add([1], T(2))],
      ['(1,) + [2]', () => add(T(1), [2])],
      ['[1, 2] * 2', () => mul([1, 2], 2)],
      ['(1,) * 3', () => mul(T(1), 3)],
      ['[1] * 1.5', () => mul([1], float(1.5))],
      ['a = [1]\na += (2, 3)\na', () => iadd([1], T(2, 3))],
      ['a = [1]\na += "xy"\na', () => iadd([1], 'xy')],
      ['a = [1, 2]\na *= 2\na', () => imul([1, 2], 2)],
      ['[1, 2] < [1, 3]', () => lt([1, 2], [1, 3])],
      ['[1, 2] < [1, 2, 0]', () => lt([1, 2], [1, 2, 0])],
      ['(1, "a") < (1, 2)', () => lt(T(1, 'a'), T(1, 2))],
      ['[1, 2] == [1, 2.0]', () => eq([1, 2], [1, float(2)])],
      ['[1] == (1,)', () => eq([1], T(1))],
      ['(1, 2) != (1, 2)', () => ne(T(1, 2), T(1, 2))],
      ['[3] > [2, 9]', () => gt([3], [2, 9])],
      ['(1, 2) <= (1, 2)', () => le(T(1, 2), T(1, 2))],
      ['hash([])', () => hash([])],
      ['hash((1, "a", (2.5, -1)))', () => hash(T(1, 'a', T(float(2.5), -1)))],
      ['hash((1, []))', () => hash(T(1, []))],
      ['list("abc")', () => call(B.list, 'abc')],
      ['list(range(3))', () => call(B.list, call(B.range, 3))],
      ['list({"a": 1, "b": 2})', () => call(B.list, dict([['a', 1], ['b', 2]]))],
      ['list(1)', () => call(B.list, 1)],
      ['tuple([1, 2])', () => call(B.tuple, [1, 2])],
      ['tuple()', () => call(B.tuple)],
      ['list(x=1)', () => callKw(B.list, [], kw({ x: 1 }))],
      ['[3, 1, 2].sort(1)', () => callMethod([3, 1, 2], 'sort', 1)],
      ['a = [3, 1, 2]\na.sort(reverse=True)\na', () => { const a = [3, 1, 2]; callMethodKw(a, 'sort', [], kw({ reverse: true })); return a; }],
      ['a = ["bb", "a", "ccc", "dd"]\na.sort(key=len)\na', () => { const a = ['bb', 'a', 'ccc', 'dd']; callMethodKw(a, 'sort', [], kw({ key: B.len })); return a; }],
      ['a = ["bb", "a", "ccc", "dd", "e"]\na.sort(key=len, reverse=True)\na', () => { const a = ['bb', 'a', 'ccc', 'dd', 'e']; callMethodKw(a, 'sort', [], kw({ key: B.len, reverse: true })); return a; }],
      ['sorted([1, "a"])', () => call(B.sorted, [1, 'a'])],
      ['sorted(["a", 1])', () => call(B.sorted, ['a', 1])],
      ['sorted([3, 1.5, 2, True, -1])', () => call(B.sorted, [3, float(1.5), 2, true, -1])],
      ['sorted([(2, "b"), (1, "z"), (2, "a")])', () => call(B.sorted, [T(2, 'b'), T(1, 'z'), T(2, 'a')])],
      ['sorted(["b", "A", "a", "é", "😀", "\\uffff"])', () => call(B.sorted, ['b', 'A', 'a', 'é', '😀', '\uffff'])],
      ['sorted([1], key=None, reverse=True, x=1)', () => callKw(B.sorted, [[1]], kw({ key: None, reverse: true, x: 1 }))],
      ['sorted({3, 1, 2}, reverse=True)', () => callKw(B.sorted, [set([3, 1, 2])], kw({ reverse: true }))],
      ['[1, 2, 3][::-1]', () => getitem([1, 2, 3], slice(None, None, -1))],
      ['a = [1, 2, 3]\na[1:2] = a\na', () => { const a: any[] = [1, 2, 3]; setitem(a, slice(1, 2), a); return a; }],
      ['a = [1, 2, 3]\na[::2] = [9]\na', () => { const a = [1, 2, 3]; setitem(a, slice(None, None, 2), [9]); return a; }],
      ['a = [1, 2, 3]\na[0:1] = 5\na', () => { const a = [1, 2, 3]; setitem(a, slice(0, 1), 5); return a; }],
      ['a = [1, 2, 3]\na[::2] = 5\na', () => { const a = [1, 2, 3]; setitem(a, slice(None, None, 2), 5); return a; }],
      ['[1, 2]["a"]', () => getitem([1, 2], 'a')],
      ['(1,)[5]', () => getitem(T(1), 5)],
      ['[1, 2][True]', () => getitem([1, 2], true)],
      ['[1, 2][2**70]', () => getitem([1, 2], 2n ** 70n)],
      ['[1, 2][::0]', () => getitem([1, 2], slice(None, None, 0))],
      ['[1, 2]["a":]', () => getitem([1, 2], slice('a', None, None))],
      ['a = [1, 2, 3]\na.extend(a)\na', () => { const a = [1, 2, 3]; callMethod(a, 'extend', a); return a; }],
      ['a = [1, 2]\nb = a.copy()\nb.append(3)\n[a, b]', () => { const a = [1, 2]; const b = callMethod(a, 'copy'); callMethod(b, 'append', 3); return [a, b]; }],
      ['a = [1, 2, 3]\na.reverse()\na', () => { const a = [1, 2, 3]; callMethod(a, 'reverse'); return a; }],
      ['a = [1, 2, 3]\na.clear()\na', () => { const a = [1, 2, 3]; callMethod(a, 'clear'); return a; }],
      ['[1, 2, 3].__reversed__().__next__()', () => callMethod(callMethod([1, 2, 3], '__reversed__'), '__next__')],
      ['list(reversed((1, 2, 3)))', () => call(B.list, call(B.reversed, T(1, 2, 3)))],
      ['list[int]', () => getitem(B.list, intClass)],
    ]);
    assert.deepStrictEqual(bad, []);
  });

  it('sort is stable and calls __lt__ like CPython', () => {
    const want = python(`
import random
random.seed(5)
xs = [random.randint(0, 20) for _ in range(300)]
ys = sorted(range(300), key=lambda i: xs[i])
zs = sorted(range(300), key=lambda i: xs[i], reverse=True)
print(ys); print(zs)
`).trim().split('\n');
    const xs = JSON.parse(python('import random\nrandom.seed(5)\nprint([random.randint(0, 20) for _ in range(300)])'));
    const idx = Array.from({ length: 300 }, (_, i) => i);
    const key = (i: number) => xs[i];
    assert.strictEqual(repr(callKw(B.sorted, [idx], kw({ key }))), want[0]);
    assert.strictEqual(repr(callKw(B.sorted, [idx], kw({ key, reverse: true }))), want[1]);
  });

  it('sort asks __lt__ exactly the questions CPython listsort asks', () => {
    const log: string[] = [];
    const K = makeClass('K', [], ns => {
      ns.__init__ = def(function __init__(self: any, v: any) { self.v = v; return None; }, { name: '__init__', params: { args: ['self', 'v'] } });
      ns.__lt__ = def(function __lt__(self: any, o: any) { log.push(self.v + '<' + o.v); return self.v < o.v; }, { name: '__lt__', params: { args: ['self', 'o'] } });
    });
    const arrays: number[][] = [];
    for (let k = 0; k < 24; k++) {
      const r = rng(k + 1);
      const n = Math.floor(r() * 300);
      const kind = k % 4;
      arrays.push(Array.from({ length: n }, (_, i) => kind === 0 ? Math.floor(r() * 1000) : kind === 1 ? (i < n / 2 ? i * 2 : (i - n / 2) * 2 + 1) : kind === 2 ? Math.floor(r() * 5) : (i % 37) * 100 + Math.floor(r() * 3)));
    }
    const want = python(`
import json
log = []
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        log.append(f"{s.v}<{o.v}"); return s.v < o.v
for a in json.loads(${JSON.stringify(JSON.stringify(arrays))}):
    log.clear(); sorted([K(x) for x in a]); print(len(log), hash(' '.join(log)))
`).trim().split('\n');
    const got = arrays.map(a => {
      log.length = 0;
      listSort(a.map(x => call(K, x)), undefined, false);
      return `${log.length} ${hashStr(log.join(' '))}`;
    });
    assert.deepStrictEqual(got, want);
  });
});
