import * as assert from 'assert';
import { python, compareAll } from './_oracle';
import { repr, iter, getitem, contains } from '../../../src/runtime/py/protocols';
import { callMethod, getattr } from '../../../src/runtime/py/attrs';
import { makeClass } from '../../../src/runtime/py/classes';
import { tuple, float, None } from '../../../src/runtime/py/object';
import { or, and, sub, xor, ior, iand, isub, ixor, eq, lt, le } from '../../../src/runtime/py/ops';
import { set, setConst, setStarred, frozensetConst, frozenset, setFrom, setKeys, PySet } from '../../../src/runtime/py/set';
import { dict } from '../../../src/runtime/py/dict';
import { call, def } from '../../../src/runtime/py/call';
import { containerBuiltins as B } from '../../../src/runtime/py/builtinsContainers';

// ---------------------------------------------------------------- random programs

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}
type V = number | string | { t: V[] } | { f: number } | { b: boolean };
const CHARS = 'abcxyzé€日😀_0';
function randValue(r: () => number, depth = 0): V {
  const k = r();
  if (k < 0.35) return Math.floor(r() * 64) - 8;
  if (k < 0.45) return Math.floor(r() * 2 ** 40) * (r() < 0.5 ? -1 : 1);
  if (k < 0.75) { let s = ''; const n = Math.floor(r() * 4); for (let i = 0; i < n; i++) s += [...CHARS][Math.floor(r() * [...CHARS].length)]; return s; }
  if (k < 0.85 && depth < 2) return { t: [randValue(r, depth + 1), randValue(r, depth + 1)] };
  if (k < 0.95) return { f: Math.floor(r() * 40) / 4 };
  return { b: r() < 0.5 };
}
function toPy(v: V): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v).replace(/\\u([0-9a-f]{4})/g, '\\u$1');
  if ('t' in v) return `(${v.t.map(toPy).join(', ')},)`;
  if ('f' in v) return `float(${JSON.stringify(v.f)})`;
  return v.b ? 'True' : 'False';
}
function toJs(v: V): any {
  if (typeof v === 'number' || typeof v === 'string') return v;
  if ('t' in v) return tuple(v.t.map(toJs));
  if ('f' in v) return float(v.f);
  return v.b;
}

const OPS = ['add', 'add', 'add', 'add', 'discard', 'remove', 'pop', 'update', 'ior', 'iand', 'isub', 'ixor', 'or', 'and', 'sub', 'xor',
  'union', 'intersection', 'difference', 'symmetric_difference', 'intersection_update', 'difference_update', 'symmetric_difference_update', 'copy', 'clear', 'rebuild'];

function program(seed: number, n: number) {
  const r = rng(seed);
  const steps: Array<[string, V[]]> = [];
  for (let i = 0; i < n; i++) {
    const op = OPS[Math.floor(r() * OPS.length)];
    if (op === 'clear' && r() < 0.8) continue;
    const args: V[] = [];
    const m = op === 'add' || op === 'discard' || op === 'remove' ? 1 : Math.floor(r() * 12);
    for (let j = 0; j < m; j++) args.push(randValue(r));
    steps.push([op, args]);
  }
  return steps;
}

function runPy(progs: Array<Array<[string, V[]]>>): string[] {
  const body = progs.map(p => `s = set()\nout = []\n` + p.map(([op, args]) => {
    const lst = `[${args.map(toPy).join(', ')}]`;
    const one = args.length ? toPy(args[0]) : '';
    switch (op) {
      case 'add': case 'discard': return `s.${op}(${one}); out.append(repr(list(s)))`;
      case 'remove': return `try:\n    s.remove(${one})\nexcept KeyError as e: out.append('KeyError')\nout.append(repr(list(s)))`;
      case 'pop': return `try:\n    out.append(repr(s.pop()))\nexcept KeyError: out.append('empty')\nout.append(repr(list(s)))`;
      case 'ior': case 'iand': case 'isub': case 'ixor':
        return `s ${{ ior: '|=', iand: '&=', isub: '-=', ixor: '^=' }[op]} set(${lst}); out.append(repr(list(s)))`;
      case 'or': case 'and': case 'sub': case 'xor':
        return `s = s ${{ or: '|', and: '&', sub: '-', xor: '^' }[op]} set(${lst}); out.append(repr(list(s)))`;
      case 'union': case 'intersection': case 'difference': case 'symmetric_difference':
        return `s = s.${op}(${lst}); out.append(repr(list(s)))`;
      case 'copy': return `s = s.copy(); out.append(repr(list(s)))`;
      case 'clear': return `s.clear(); out.append(repr(list(s)))`;
      case 'rebuild': return `s = set(list(s) + ${lst}); out.append(repr(list(s)))`;
      default: return `s.${op}(${lst}); out.append(repr(list(s)))`;
    }
  }).join('\n') + `\nprint('|'.join(out))`).join('\n');
  return python(body).trim().split('\n');
}

function runJs(p: Array<[string, V[]]>): string {
  let s: any = new PySet();
  const out: string[] = [];
  const snap = () => out.push(repr(setKeys(s)));
  for (const [op, a] of p) {
    const args = a.map(toJs);
    switch (op) {
      case 'add': case 'discard': callMethod(s, op, args[0]); snap(); break;
      case 'remove':
        try { callMethod(s, 'remove', args[0]); } catch (e: any) { if (e.$cls?.$name !== 'KeyError') throw e; out.push('KeyError'); }
        snap(); break;
      case 'pop':
        try { out.push(repr(callMethod(s, 'pop'))); } catch (e: any) { if (e.$cls?.$name !== 'KeyError') throw e; out.push('empty'); }
        snap(); break;
      case 'ior': s = ior(s, setFrom(args)); snap(); break;
      case 'iand': s = iand(s, setFrom(args)); snap(); break;
      case 'isub': s = isub(s, setFrom(args)); snap(); break;
      case 'ixor': s = ixor(s, setFrom(args)); snap(); break;
      case 'or': s = or(s, setFrom(args)); snap(); break;
      case 'and': s = and(s, setFrom(args)); snap(); break;
      case 'sub': s = sub(s, setFrom(args)); snap(); break;
      case 'xor': s = xor(s, setFrom(args)); snap(); break;
      case 'copy': s = callMethod(s, 'copy'); snap(); break;
      case 'clear': callMethod(s, 'clear'); snap(); break;
      case 'rebuild': s = setFrom(setKeys(s).concat(args)); snap(); break;
      case 'union': case 'intersection': case 'difference': case 'symmetric_difference':
        s = callMethod(s, op, args); snap(); break;
      default: callMethod(s, op, args); snap();
    }
  }
  return out.join('|');
}

describe('set: CPython table order', () => {
  it('random operation sequences match CPython iteration order', function () {
    this.timeout(120000);
    const progs = Array.from({ length: Number(process.env.SETN ?? 300) }, (_, i) => program(i + 1 + Number(process.env.SETSEED ?? 0), 10 + (i % Number(process.env.SETLEN ?? 60))));
    const want = runPy(progs);
    let bad = 0;
    progs.forEach((p, i) => {
      const got = runJs(p);
      if (got !== want[i] && bad++ < 3) {
        const g = got.split('|'), w = want[i].split('|');
        const k = g.findIndex((x, j) => x !== w[j]);
        assert.fail(`program ${i + 1} diverges at output ${k}: step ${JSON.stringify(p.slice(0, k + 1).slice(-1))}\n py: ${w[k]}\n js: ${g[k]}`);
      }
    });
  });

  it('growth past several resizes, deletions, pop order', () => {
    const want = python(`
s = set()
for i in range(0, 3000, 7): s.add(i * 13 % 1000)
for i in range(0, 1000, 3): s.discard(i)
a = list(s)
t = {str(i) + 'k' for i in range(500)}
for i in range(0, 500, 2): t.discard(str(i) + 'k')
for i in range(100): t.add(str(i) + 'z')
b = list(t)
p = [t.pop() for _ in range(50)]
print(repr(a)); print(repr(b)); print(repr(p)); print(repr(list(t)))
`).trim().split('\n');
    const s = new PySet();
    for (let i = 0; i < 3000; i += 7) callMethod(s, 'add', (i * 13) % 1000);
    for (let i = 0; i < 1000; i += 3) callMethod(s, 'discard', i);
    const t = new PySet();
    for (let i = 0; i < 500; i++) callMethod(t, 'add', i + 'k');
    for (let i = 0; i < 500; i += 2) callMethod(t, 'discard', i + 'k');
    for (let i = 0; i < 100; i++) callMethod(t, 'add', i + 'z');
    const b = repr(setKeys(t));
    const p = Array.from({ length: 50 }, () => callMethod(t, 'pop'));
    assert.deepStrictEqual([repr(setKeys(s)), b, repr(p), repr(setKeys(t))], want);
  });

  it('literals, constants, comprehension order', () => {
    const want = python(`
print({16, 32, 48, 1, 0}); x = 16; print({x, 32, 48, 1, 0})
print(list(frozenset((16, 32, 48, 1, 0))))
for y in {16, 32, 48, 1, 0}: print(y, end=' ')
print()
print({'a', 'b', 'c', 'd', 'e', 'f'}); print({(1, 2), (3, 4), 'x', 5, 2.5})
print(set({'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5}))
s = {16, 32, 48, 1, 0}; print({*s, 7}); print({7, *s, *[64, 80], 96})
`).trim().split('\n');
    const got = [
      repr(setConst([16, 32, 48, 1, 0])), repr(set([16, 32, 48, 1, 0])),
      repr(setKeys(frozenset([16, 32, 48, 1, 0]))),
      setKeys(frozensetConst([16, 32, 48, 1, 0])).join(' ') + ' ',
      repr(setConst(['a', 'b', 'c', 'd', 'e', 'f'])), repr(setConst([tuple([1, 2]), tuple([3, 4]), 'x', 5, float(2.5)])),
      repr(setFrom(dict([['k1', 1], ['k2', 2], ['k3', 3], ['k4', 4], ['k5', 5]]))),
      repr(setStarred([setConst([16, 32, 48, 1, 0]), 7], [true, false])),
      repr(setStarred([7, setConst([16, 32, 48, 1, 0]), [64, 80], 96], [false, true, true, false])),
    ];
    assert.deepStrictEqual(got, want);
  });

  it('methods, operators, errors, repr', () => {
    const S = (...a: any[]) => set(a);
    const bad = compareAll([
      ['{1, 2} == {2, 1}', () => eq(S(1, 2), S(2, 1))],
      ['{1} < {1, 2}', () => lt(S(1), S(1, 2))],
      ['{1, 3} <= {1, 2}', () => le(S(1, 3), S(1, 2))],
      ['frozenset({1, 2}) == {1, 2}', () => eq(frozenset([1, 2]), S(1, 2))],
      ['set()', () => S()],
      ['frozenset()', () => frozenset([])],
      ['frozenset([3, 1, 2])', () => call(B.frozenset, [3, 1, 2])],
      ['frozenset({1}) | {2}', () => or(frozenset([1]), S(2))],
      ['{2} | frozenset({1})', () => or(S(2), frozenset([1]))],
      ['set().pop()', () => callMethod(S(), 'pop')],
      ['{1}.remove(2)', () => callMethod(S(1), 'remove', 2)],
      ['{1}.remove((1, 2))', () => callMethod(S(1), 'remove', tuple([1, 2]))],
      ['{[1]}', () => S([1])],
      ['{frozenset({1})}.__contains__({1})', () => callMethod(S(frozenset([1])), '__contains__', S(1))],
      ['{1, 2, 3}.issubset([1, 2, 3, 4])', () => callMethod(S(1, 2, 3), 'issubset', [1, 2, 3, 4])],
      ['{1, 2, 3}.issuperset([1, 5])', () => callMethod(S(1, 2, 3), 'issuperset', [1, 5])],
      ['{1, 2, 3}.isdisjoint([4, 5])', () => callMethod(S(1, 2, 3), 'isdisjoint', [4, 5])],
      ['{1, 2, 3}.union([9, 8], (7,))', () => callMethod(S(1, 2, 3), 'union', [9, 8], tuple([7]))],
      ['{1, 2, 3}.intersection([3, 2], [2])', () => callMethod(S(1, 2, 3), 'intersection', [3, 2], [2])],
      ['{1, 2, 3}.difference([3], [1])', () => callMethod(S(1, 2, 3), 'difference', [3], [1])],
      ['{1, 2, 3} | [4]', () => or(S(1, 2, 3), [4])],
      ['{1, True, 1.0}', () => S(1, true, float(1))],
      ['{1.0, 1, True}', () => S(float(1), 1, true)],
      ['{"a": 1}.keys() | {"b"}', () => or(callMethod(dict([['a', 1]]), 'keys'), S('b'))],
      ['{"a": 1, "c": 2}.keys() & {"c", "d"}', () => and(callMethod(dict([['a', 1], ['c', 2]]), 'keys'), S('c', 'd'))],
      ['{"a": 1, "c": 2}.keys() - {"c"}', () => sub(callMethod(dict([['a', 1], ['c', 2]]), 'keys'), S('c'))],
      ['{"a": 1}.items() ^ {("a", 1), ("b", 2)}', () => xor(callMethod(dict([['a', 1]]), 'items'), S(tuple(['a', 1]), tuple(['b', 2])))],
      ['{"a": 1}.keys() == {"a"}', () => eq(callMethod(dict([['a', 1]]), 'keys'), S('a'))],
      ['s = {1, 2, 3}\nfor x in s: s.add(x + 10)\ns', () => { const s = S(1, 2, 3); for (const x of iter(s)) callMethod(s, 'add', x + 10); return s; }],
      ['{1: {2}}', () => dict([[1, S(2)]])],
    ]);
    assert.deepStrictEqual(bad, []);
  });

  it('user __hash__ results are normalised like slot_tp_hash; bound methods as keys', () => {
    const H = makeClass('H', [], ns => {
      ns.__init__ = def(function __init__(self: any, h: any) { self.h = h; return None; }, { name: '__init__', params: { args: ['self', 'h'] } });
      ns.__hash__ = def(function __hash__(self: any) { return self.h; }, { name: '__hash__', params: { args: ['self'] } });
      ns.__repr__ = def(function __repr__(self: any) { return `H(${self.h})`; }, { name: '__repr__', params: { args: ['self'] } });
      ns.m = def(function m(_self: any) { return 1; }, { name: 'm', params: { args: ['self'] } });
    });
    const hs = [-1, -2, 2n ** 62n, 2n ** 64n + 1n, -(2n ** 63n), 2n ** 63n, 5, 13, 21, 1n << 40n];
    const want = python(`
class H:
    def __init__(s, h): s.h = h
    def __hash__(s): return s.h
    def __repr__(s): return f"H({s.h})"
    def m(s): return 1
print(list({H(h) for h in [${hs.join(', ')}]}))
h = H(3); d = {h.m: 'x'}; print(d[h.m], h.m in {h.m})
`).trim().split('\n');
    const objs = hs.map(h => call(H, h));
    const s = set(objs);
    const h = call(H, 3);
    const d = dict([[getattr(h, 'm'), 'x']]);
    assert.deepStrictEqual([repr(setKeys(s)), `${getitem(d, getattr(h, 'm'))} ${repr(contains(set([getattr(h, 'm')]), getattr(h, 'm')))}`], want);
  });
});
