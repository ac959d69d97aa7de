import * as assert from 'assert';
import { compareAll } from './_oracle';
import { callMethod, callMethodKw } from '../../../src/runtime/py/attrs';
import { tuple, None, float, intClass } from '../../../src/runtime/py/object';
import { kw, call, callKw, def } from '../../../src/runtime/py/call';
import { getitem, setitem, delitem, iter, len, contains, hash } from '../../../src/runtime/py/protocols';
import { or, ior, eq, ne, sub, and, xor } from '../../../src/runtime/py/ops';
import { makeClass } from '../../../src/runtime/py/classes';
import { containerBuiltins as B } from '../../../src/runtime/py/builtinsContainers';
import { dict, PyDict } from '../../../src/runtime/py/dict';
import { set, frozenset } from '../../../src/runtime/py/set';

const D = (...pairs: any[][]) => dict(pairs);
const T = (...a: any[]) => tuple(a);

describe('dict', () => {
  it('key semantics, methods, views, errors', () => {
    const Missing = makeClass('M', [B.dict], ns => {
      ns.__missing__ = def(function __missing__(_self: any, k: any) { return 'missing:' + k; }, { name: '__missing__', params: { args: ['self', 'k'] } });
    });
    const Point = makeClass('P', [], ns => {
      ns.__init__ = def(function __init__(self: any, x: any) { self.x = x; return None; }, { name: '__init__', params: { args: ['self', 'x'] } });
      ns.__hash__ = def(function __hash__(self: any) { return self.x % 3; }, { name: '__hash__', params: { args: ['self'] } });
      ns.__eq__ = def(function __eq__(self: any, o: any) { return o.x === self.x; }, { name: '__eq__', params: { args: ['self', 'o'] } });
      ns.__repr__ = def(function __repr__(self: any) { return `P(${self.x})`; }, { name: '__repr__', params: { args: ['self'] } });
    });
    const pre = 'class P:\n def __init__(s, x): s.x = x\n def __hash__(s): return s.x % 3\n def __eq__(s, o): return o.x == s.x\n def __repr__(s): return f"P({s.x})"\n';
    const bad = compareAll([
      ['d = {}\nd[1] = "a"; d[1.0] = "b"; d[True] = "c"\nd', () => { const d = D(); setitem(d, 1, 'a'); setitem(d, float(1), 'b'); setitem(d, true, 'c'); return d; }],
      ['d = {1.0: "x"}\nd[1], 1 in d, True in d, 1.5 in d', () => { const d = D([float(1), 'x']); return T(getitem(d, 1), contains(d, 1), contains(d, true), contains(d, float(1.5))); }],
      ['{(1, "a"): 1, (1, "a", 2): 2, ("1",): 3}[(1.0, "a")]', () => getitem(D([T(1, 'a'), 1], [T(1, 'a', 2), 2], [T('1'), 3]), T(float(1), 'a'))],
      ['{"1": 1, 1: 2}', () => D(['1', 1], [1, 2])],
      ['{(): 0, ((),): 1, None: 2, 2**70: 3, 0.5: 4, -0.0: 5}', () => D([T(), 0], [T(T()), 1], [None, 2], [2n ** 70n, 3], [float(0.5), 4], [float(-0), 5])],
      ['{2**70: 1}[float(2**70)]', () => getitem(D([2n ** 70n, 1]), float(2 ** 70))],
      [pre + 'd = {P(1): "a", P(4): "b"}\nd[P(1)] = "c"\n[d, d[P(4)], P(7) in d]', () => {
        const d = D([call(Point, 1), 'a'], [call(Point, 4), 'b']); setitem(d, call(Point, 1), 'c');
        return [d, getitem(d, call(Point, 4)), contains(d, call(Point, 7))];
      }],
      [pre + 'd = {P(1): "a", P(4): "b"}\ndel d[P(1)]\nd', () => { const d = D([call(Point, 1), 'a'], [call(Point, 4), 'b']); delitem(d, call(Point, 1)); return d; }],
      ['{}[1]', () => getitem(D(), 1)],
      ['{}["k"]', () => getitem(D(), 'k')],
      ['{}[(1, 2)]', () => getitem(D(), T(1, 2))],
      ['{[1]: 2}', () => { const d = D(); setitem(d, [1], 2); return d; }],
      ['{}[{}]', () => getitem(D(), D())],
      ['{}[{1}]', () => getitem(D(), set([1]))],
      ['{frozenset({1}): 2}[frozenset({1})]', () => getitem(D([frozenset([1]), 2]), frozenset([1]))],
      ['d = {}\ndel d["a"]\nd', () => delitem(D(), 'a')],
      ['{"a": 1}.get("b"), {"a": 1}.get("a"), {}.get(1, 5)', () => T(callMethod(D(['a', 1]), 'get', 'b'), callMethod(D(['a', 1]), 'get', 'a'), callMethod(D(), 'get', 1, 5))],
      ['d = {}\n[d.setdefault("a", []), d.setdefault("a", 5), d.setdefault("b"), d]', () => { const d = D(); return [callMethod(d, 'setdefault', 'a', []), callMethod(d, 'setdefault', 'a', 5), callMethod(d, 'setdefault', 'b'), d]; }],
      ['d = {"a": 1}\n[d.pop("a"), d.pop("a", 9), d]', () => { const d = D(['a', 1]); return [callMethod(d, 'pop', 'a'), callMethod(d, 'pop', 'a', 9), d]; }],
      ['{}.pop("x")', () => callMethod(D(), 'pop', 'x')],
      ['d = {1: 1, 2: 2, 3: 3}\ndel d[3]\n[d.popitem(), d]', () => { const d = D([1, 1], [2, 2], [3, 3]); delitem(d, 3); return [callMethod(d, 'popitem'), d]; }],
      ['{}.popitem()', () => callMethod(D(), 'popitem')],
      ['d = {"a": 1, "b": [2]}\n[d.keys(), d.values(), d.items()]', () => { const d = D(['a', 1], ['b', [2]]); return [callMethod(d, 'keys'), callMethod(d, 'values'), callMethod(d, 'items')]; }],
      ['d = {"a": 1, "b": 2}\n[len(d.keys()), "a" in d.keys(), ("a", 1) in d.items(), ("a", 2) in d.items(), list(reversed(d)), list(reversed(d.items()))]', () => {
        const d = D(['a', 1], ['b', 2]);
        return [len(callMethod(d, 'keys')), contains(callMethod(d, 'keys'), 'a'), contains(callMethod(d, 'items'), T('a', 1)), contains(callMethod(d, 'items'), T('a', 2)), call(B.list, call(B.reversed, d)), call(B.list, call(B.reversed, callMethod(d, 'items')))];
      }],
      ['{"a": 1, "b": 2}.keys() - {"a"}', () => sub(callMethod(D(['a', 1], ['b', 2]), 'keys'), set(['a']))],
      ['{"a": 1, "b": 2}.keys() & ["b", "c"]', () => and(callMethod(D(['a', 1], ['b', 2]), 'keys'), ['b', 'c'])],
      ['{"a": 1, "b": 2}.keys() ^ {"b": 0, "c": 0}.keys()', () => xor(callMethod(D(['a', 1], ['b', 2]), 'keys'), callMethod(D(['b', 0], ['c', 0]), 'keys'))],
      ['{"a": 1}.keys() == {"a": 2}.keys(), {"a": 1}.items() == {"a": 2}.items()', () => T(eq(callMethod(D(['a', 1]), 'keys'), callMethod(D(['a', 2]), 'keys')), eq(callMethod(D(['a', 1]), 'items'), callMethod(D(['a', 2]), 'items')))],
      ['d = {"a": 1}\nd.update({"b": 2}, c=3)\nd.update([("d", 4)])\nd.update(e=5)\nd', () => {
        const d = D(['a', 1]); callMethodKw(d, 'update', [D(['b', 2])], kw({ c: 3 })); callMethod(d, 'update', [T('d', 4)]); callMethodKw(d, 'update', [], kw({ e: 5 })); return d;
      }],
      ['dict([1])', () => call(B.dict, [1])],
      ['dict([(1, 2, 3)])', () => call(B.dict, [T(1, 2, 3)])],
      ['dict(["ab", "cd"])', () => call(B.dict, ['ab', 'cd'])],
      ['dict(1)', () => call(B.dict, 1)],
      ['dict(a=1, b=2)', () => callKw(B.dict, [], kw({ a: 1, b: 2 }))],
      ['dict({"x": 1}, y=2)', () => callKw(B.dict, [D(['x', 1])], kw({ y: 2 }))],
      ['dict(zip("abc", range(3)))', () => call(B.dict, call(B.zip, 'abc', call(B.range, 3)))],
      ['dict.fromkeys("abca", 0)', () => callMethod(B.dict, 'fromkeys', 'abca', 0)],
      ['dict.fromkeys([1, 2])', () => callMethod(B.dict, 'fromkeys', [1, 2])],
      ['{"a": 1} | {"b": 2, "a": 3}', () => or(D(['a', 1]), D(['b', 2], ['a', 3]))],
      ['d = {"a": 1}\nd |= [("z", 0)]\nd', () => ior(D(['a', 1]), [T('z', 0)])],
      ['{"a": 1} | [("z", 0)]', () => or(D(['a', 1]), [T('z', 0)])],
      ['{1: 2, 3: 4} == {3: 4, 1: 2.0}', () => eq(D([1, 2], [3, 4]), D([3, 4], [1, float(2)]))],
      ['{1: 2} != {1: 3}', () => ne(D([1, 2]), D([1, 3]))],
      ['d = {}\nd["self"] = d\nd', () => { const d = D(); setitem(d, 'self', d); return d; }],
      ['{1: {2: [3, (4,)]}, "s": "q\'s"}', () => D([1, D([2, [3, T(4)]])], ['s', "q's"])],
      ['d = {1: 1, 2: 2}\nfor k in d: d[k + 10] = 0\nd', () => { const d = D([1, 1], [2, 2]); for (const k of iter(d)) setitem(d, k + 10, 0); }],
      ['d = {1: 1, 2: 2}\nfor k in d:\n    del d[k]\n    d[k + 10] = 0\nd', () => { const d = D([1, 1], [2, 2]); for (const k of iter(d)) { delitem(d, k); setitem(d, k + 10, 0); } return d; }],
      ['d = {1: 1, 2: 2}\nfor k in d: d[k] = 5\nd', () => { const d = D([1, 1], [2, 2]); for (const k of iter(d)) setitem(d, k, 5); return d; }],
      ['class M(dict):\n def __missing__(s, k): return "missing:" + str(k)\nm = M(a=1)\n[m["a"], m["zz"], m, len(m)]', () => {
        const m = callKw(Missing, [], kw({ a: 1 })); return [getitem(m, 'a'), getitem(m, 'zz'), m, len(m)];
      }],
      ['d = {i: i for i in range(100)}\nfor i in range(0, 100, 2): del d[i]\nd[5] = "x"; d[200] = "y"\nlist(d.items())[-5:]', () => {
        const d = D(); for (let i = 0; i < 100; i++) setitem(d, i, i); for (let i = 0; i < 100; i += 2) delitem(d, i);
        setitem(d, 5, 'x'); setitem(d, 200, 'y'); const it = call(B.list, callMethod(d, 'items')); return it.slice(-5);
      }],
      ['hash({})', () => hash(D())],
      ['dict[str, list[int]]', () => getitem(B.dict, T(B.str, getitem(B.list, intClass)))],
    ]);
    assert.deepStrictEqual(bad, []);
    assert.ok(new PyDict() instanceof PyDict);
  });
});
