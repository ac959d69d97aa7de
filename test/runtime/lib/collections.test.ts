import { pyEval, attempt } from './_harness';
import * as assert from 'assert';
import { importModule } from '../../../src/runtime/py/modules';
import { getattr } from '../../../src/runtime/py/attrs';
import { call, callKw, kw } from '../../../src/runtime/py/call';
import { tuple } from '../../../src/runtime/py/object';
import { repr, getitem, setitem, len, iter } from '../../../src/runtime/py/protocols';
import * as ops from '../../../src/runtime/py/ops';
import '../../../src/runtime/lib/collections';
import { sameAsCPython } from './_programs';

const C = (name: string) => getattr(importModule('collections'), name);
const m = (o: any, name: string, ...a: any[]) => call(getattr(o, name), ...a);

function check(setup: string, cases: Array<[string, () => any]>) {
  const want = pyEval(setup, cases.map(c => c[0]));
  const got = cases.map(c => attempt(c[1]));
  cases.forEach(([expr], i) => assert.strictEqual(got[i], want[i], expr));
}

describe('lib/collections', () => {
  it('deque', () => {
    let d: any;
    const deque = () => C('deque');
    check('from collections import deque', [
      ['(d := deque([1, 2, 3], maxlen=3))', () => (d = callKw(deque(), [[1, 2, 3]], kw({ maxlen: 3 })))],
      ['(d.append(4), d)[1]', () => (m(d, 'append', 4), d)],
      ['(d.appendleft(0), d)[1]', () => (m(d, 'appendleft', 0), d)],
      ['d.pop(), d.popleft(), d', () => tuple([m(d, 'pop'), m(d, 'popleft'), d])],
      ['d.maxlen, len(d), d[0], d[-1]', () => tuple([getattr(d, 'maxlen'), len(d), getitem(d, 0), getitem(d, -1)])],
      ['d[5]', () => getitem(d, 5)],
      ['deque().pop()', () => m(call(deque()), 'pop')],
      ['deque().popleft()', () => m(call(deque()), 'popleft')],
      ['(e := deque(range(6)), e.rotate(2), e)[2]', () => { const e = call(deque(), [0, 1, 2, 3, 4, 5]); m(e, 'rotate', 2); return e; }],
      ['(e := deque(range(6)), e.rotate(-8), e)[2]', () => { const e = call(deque(), [0, 1, 2, 3, 4, 5]); m(e, 'rotate', -8); return e; }],
      ['(e := deque([1,2]), e.extendleft([3, 4]), e)[2]', () => { const e = call(deque(), [1, 2]); m(e, 'extendleft', [3, 4]); return e; }],
      ['deque([1, 2, 2]).count(2), deque([1, 2, 2]).index(2)', () => tuple([m(call(deque(), [1, 2, 2]), 'count', 2), m(call(deque(), [1, 2, 2]), 'index', 2)])],
      ['deque([1]).index(5)', () => m(call(deque(), [1]), 'index', 5)],
      ['deque([1]).remove(5)', () => m(call(deque(), [1]), 'remove', 5)],
      ['deque([1], maxlen=1).insert(0, 2)', () => m(callKw(deque(), [[1]], kw({ maxlen: 1 })), 'insert', 0, 2)],
      ['deque(maxlen=-1)', () => callKw(deque(), [], kw({ maxlen: -1 }))],
      ['list(deque("abc")), 2 in deque([1,2])', () => tuple([Array.from(iter(call(deque(), 'abc'))), (ops as any).in_ ? (ops as any).in_(2, call(deque(), [1, 2])) : true])],
      ['deque([1]) + deque([2]), deque([1]) == deque([1]), deque([1]) < deque([2])', () => tuple([ops.add(call(deque(), [1]), call(deque(), [2])), ops.eq(call(deque(), [1]), call(deque(), [1])), ops.lt(call(deque(), [1]), call(deque(), [2]))])],
      ['deque([1]) + [2]', () => ops.add(call(deque(), [1]), [2])],
      ['deque([1, 2]) * 2', () => ops.mul(call(deque(), [1, 2]), 2)],
    ]);
  });

  it('defaultdict and OrderedDict', () => {
    const dd = () => C('defaultdict'), od = () => C('OrderedDict');
    const listC = require('../../../src/runtime/py/object').listClass;
    let d: any, o: any;
    check('from collections import defaultdict, OrderedDict', [
      ['(d := defaultdict(list))', () => (d = call(dd(), listC))],
      ['(d["a"].append(1), d["b"], d)[2]', () => { m(getitem(d, 'a'), 'append', 1); getitem(d, 'b'); return d; }],
      ['defaultdict(None, {1: 2})', () => call(dd(), require('../../../src/runtime/py/object').None, new Map() && require('../../../src/runtime/lib/_rt').newDict([[1, 2]]))],
      ['defaultdict(None)[5]', () => getitem(call(dd(), require('../../../src/runtime/py/object').None), 5)],
      ['defaultdict(3)', () => call(dd(), 3)],
      ['(o := OrderedDict(a=1, b=2, c=3))', () => (o = callKw(od(), [], kw({ a: 1, b: 2, c: 3 })))],
      ['(o.move_to_end("a"), o)[1]', () => (m(o, 'move_to_end', 'a'), o)],
      ['(o.move_to_end("c", last=False), o)[1]', () => (callKw(getattr(o, 'move_to_end'), ['c'], kw({ last: false })), o)],
      ['o.popitem(), o.popitem(last=False), o', () => tuple([m(o, 'popitem'), callKw(getattr(o, 'popitem'), [], kw({ last: false })), o])],
      ['OrderedDict(), OrderedDict().popitem()', () => tuple([call(od()), m(call(od()), 'popitem')])],
    ]);
  });

  it('Counter', () => {
    const Ctr = () => C('Counter');
    let c: any;
    check('from collections import Counter', [
      ['(c := Counter("abracadabra"))', () => (c = call(Ctr(), 'abracadabra'))],
      ['c.most_common(2), c["z"], c.total()', () => tuple([m(c, 'most_common', 2), getitem(c, 'z'), m(c, 'total')])],
      ['sorted(c.elements())', () => Array.from(iter(m(c, 'elements'))).sort()],
      ['(c.update("zz"), c.subtract(a=10), c)[2]', () => { m(c, 'update', 'zz'); callKw(getattr(c, 'subtract'), [], kw({ a: 10 })); return c; }],
      ['Counter(a=3, b=1) + Counter(a=1, b=-5, c=2)', () => ops.add(callKw(Ctr(), [], kw({ a: 3, b: 1 })), callKw(Ctr(), [], kw({ a: 1, b: -5, c: 2 })))],
      ['Counter(a=3, b=1) - Counter(a=1, b=5, c=-2)', () => ops.sub(callKw(Ctr(), [], kw({ a: 3, b: 1 })), callKw(Ctr(), [], kw({ a: 1, b: 5, c: -2 })))],
      ['Counter(a=3, b=1) | Counter(a=1, b=5)', () => ops.or(callKw(Ctr(), [], kw({ a: 3, b: 1 })), callKw(Ctr(), [], kw({ a: 1, b: 5 })))],
      ['Counter(a=3, b=1) & Counter(a=1, b=5)', () => ops.and(callKw(Ctr(), [], kw({ a: 3, b: 1 })), callKw(Ctr(), [], kw({ a: 1, b: 5 })))],
      ['Counter(a=1) == Counter(a=1, b=0), Counter()', () => tuple([ops.eq(callKw(Ctr(), [], kw({ a: 1 })), callKw(Ctr(), [], kw({ a: 1, b: 0 }))), call(Ctr())])],
      ['Counter({"x": 2, "y": 5})', () => call(Ctr(), require('../../../src/runtime/lib/_rt').newDict([['x', 2], ['y', 5]]))],
      ['Counter.fromkeys("ab")', () => call(getattr(Ctr(), 'fromkeys'), 'ab')],
    ]);
    void setitem; void repr;
  });

  it('namedtuple', () => {
    const nt = () => C('namedtuple');
    let P: any, p: any;
    check('from collections import namedtuple', [
      ['(P := namedtuple("Point", "x y"), P)[1]', () => (P = call(nt(), 'Point', 'x y'))],
      ['(p := P(1, y=2))', () => (p = callKw(P, [1], kw({ y: 2 })))],
      ['p.x, p[1], p._fields, p == (1, 2), isinstance(p, tuple)', () => tuple([getattr(p, 'x'), getitem(p, 1), getattr(P, '_fields'), ops.eq(p, tuple([1, 2])), true])],
      ['p._replace(x=5), p._asdict(), P._make([3, 4])', () => tuple([callKw(getattr(p, '_replace'), [], kw({ x: 5 })), m(p, '_asdict'), call(getattr(P, '_make'), [3, 4])])],
      ['P(1)', () => call(P, 1)],
      ['P(1, 2, 3)', () => call(P, 1, 2, 3)],
      ['namedtuple("A", "x, y", defaults=[0])(1)', () => call(callKw(nt(), ['A', 'x, y'], kw({ defaults: [0] })), 1)],
      ['namedtuple("A", ["x", "_y"])', () => call(nt(), 'A', ['x', '_y'])],
      ['namedtuple("A", ["x", "x"])', () => call(nt(), 'A', ['x', 'x'])],
      ['namedtuple("A", ["x", "class"], rename=True)._fields', () => getattr(callKw(nt(), ['A', ['x', 'class']], kw({ rename: true })), '_fields')],
    ]);
  });
});

describe('lib/collections namedtuple (programs)', () => {
  it('subclasses with __new__ and __slots__, _make/_replace keep the class, read-only fields', () => sameAsCPython('namedtuple_subclasses', `
from collections import namedtuple, OrderedDict
P = namedtuple("P", "x y", defaults=[0])
class Q(P):
    __slots__ = ()
    def __new__(cls, x, y=5):
        return super().__new__(cls, x * 10, y)
    @property
    def hyp(self): return (self.x ** 2 + self.y ** 2) ** 0.5
q = Q(1)
print(q, repr(q), type(q).__name__, q.hyp, q._replace(y=1), type(q._replace(y=1)).__name__, Q._make([3, 4]), type(Q._make([3, 4])).__name__)
print(q._asdict(), Q._fields, Q._field_defaults, P(1), P._make(range(2)), q == (10, 5), q[::-1], isinstance(q, P))
try:
    q.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    P._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    P(1)._replace(z=3)
except ValueError as e:
    print("ValueError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    P()
except TypeError as e:
    print("TypeError:", e)
x, y = P(7, 8); print(x, y, P.x, P.x.__doc__, P.__doc__)
R = namedtuple("R", ["a", "def", "a"], rename=True); print(R._fields, R(1, 2, 3))
import copy
print(copy.copy(P(1, 2)), "", P(1, 2).__getnewargs__(), hash(P(1, 2)) == hash((1, 2)))
class S(namedtuple("S", "a b")):
    def __repr__(self): return f"S<{self.a},{self.b}>"
print(S(1, 2), [S(3, 4)])
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, list(reversed(od)), od.popitem(last=False))
`));
});
