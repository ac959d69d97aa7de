import { pyEval, attempt } from './_harness';
import * as assert from 'assert';
import { importModule } from '../../../src/runtime/py/modules';
import { getattr } from '../../../src/runtime/py/attrs';
import { call, callKw, kw } from '../../../src/runtime/py/call';
import { tuple, None, PyFloat } from '../../../src/runtime/py/object';
import '../../../src/runtime/lib/random';
import { resetRandom } from '../../../src/runtime/lib/random';
import { sameAsCPython } from './_programs';

const F = (v: number) => new PyFloat(v);

describe('lib/random', () => {
  const R = () => importModule('random');
  const fn = (name: string) => getattr(R(), name);
  const c = (name: string, ...a: any[]) => call(fn(name), ...a);
  const ck = (name: string, pos: any[], k: Record<string, any>) => callKw(fn(name), pos, kw(k));

  function compare(setup: string, cases: Array<[string, () => any]>, jsSetup: () => void) {
    const want = pyEval(setup, cases.map(x => x[0]));
    jsSetup();
    const got = cases.map(x => attempt(x[1]));
    for (let i = 0; i < cases.length; i++) assert.strictEqual(got[i], want[i], `case ${i}: ${cases[i][0]}`);
  }

  it('matches CPython after seed(0) (the oracle state) across many calls', () => {
    const cases: Array<[string, () => any]> = [];
    for (let i = 0; i < 50; i++) cases.push(['random.random()', () => c('random')]);
    for (let i = 0; i < 30; i++) cases.push([`random.randint(1, ${i + 1})`, () => c('randint', 1, i + 1)]);
    for (let i = 0; i < 10; i++) cases.push([`random.randrange(0, 100, 7)`, () => c('randrange', 0, 100, 7)]);
    for (let i = 0; i < 10; i++) cases.push([`random.randrange(10**30)`, () => c('randrange', 10n ** 30n)]);
    for (let i = 0; i < 10; i++) cases.push([`random.getrandbits(${i * 13})`, () => c('getrandbits', i * 13)]);
    cases.push(['random.choice([1,2,3,4,5])', () => c('choice', [1, 2, 3, 4, 5])]);
    cases.push(['random.choice("abcdef")', () => c('choice', 'abcdef')]);
    cases.push(['random.choice([])', () => c('choice', [])]);
    cases.push(['random.sample(list(range(100)), 10)', () => c('sample', Array.from({ length: 100 }, (_, i) => i), 10)]);
    cases.push(['random.sample(list(range(20)), 20)', () => c('sample', Array.from({ length: 20 }, (_, i) => i), 20)]);
    cases.push(['random.sample(list(range(5)), 3)', () => c('sample', [0, 1, 2, 3, 4], 3)]);
    cases.push(['random.sample(list(range(1000)), 7)', () => c('sample', Array.from({ length: 1000 }, (_, i) => i), 7)]);
    cases.push(['random.sample(["a","b"], k=3)', () => ck('sample', [['a', 'b']], { k: 3 })]);
    cases.push(['random.sample({1,2}, 1)', () => c('sample', new (require('../../../src/runtime/py/object').PyObject)(), 1)]);
    cases.push(['random.sample(["r","b"], counts=[4, 2], k=5)', () => ck('sample', [['r', 'b']], { counts: [4, 2], k: 5 })]);
    cases.push(['random.choices("abc", k=10)', () => ck('choices', ['abc'], { k: 10 })]);
    cases.push(['random.choices("abc", [1, 5, 2], k=10)', () => ck('choices', ['abc', [1, 5, 2]], { k: 10 })]);
    cases.push(['random.choices("abc", cum_weights=[1.5, 5, 20], k=10)', () => ck('choices', ['abc'], { cum_weights: [F(1.5), 5, 20], k: 10 })]);
    cases.push(['random.choices("abc", [1,2])', () => c('choices', 'abc', [1, 2])]);
    cases.push(['random.choices("abc", 3)', () => c('choices', 'abc', 3)]);
    cases.push(['(lambda l: (random.shuffle(l), l)[1])(list(range(15)))', () => { const l = Array.from({ length: 15 }, (_, i) => i); c('shuffle', l); return l; }]);
    for (let i = 0; i < 10; i++) cases.push(['random.uniform(1, 10)', () => c('uniform', 1, 10)]);
    cases.push(['random.uniform(2.5, -1)', () => c('uniform', F(2.5), -1)]);
    for (let i = 0; i < 5; i++) cases.push(['random.triangular(0, 10, 3)', () => c('triangular', 0, 10, 3)]);
    cases.push(['random.triangular()', () => c('triangular')]);
    cases.push(['random.triangular(5, 5, 5)', () => c('triangular', 5, 5, 5)]);
    cases.push(['random.randrange(0)', () => c('randrange', 0)]);
    cases.push(['random.randrange(5, 5)', () => c('randrange', 5, 5)]);
    cases.push(['random.randrange(5, 1, 0)', () => c('randrange', 5, 1, 0)]);
    cases.push(['random.randrange(10, 1, -3)', () => c('randrange', 10, 1, -3)]);
    cases.push(['random.randrange(1, 10, step=2)', () => ck('randrange', [1, 10], { step: 2 })]);
    cases.push(['random.randrange(5, step=2)', () => ck('randrange', [5], { step: 2 })]);
    cases.push(['random.randrange(2.5)', () => c('randrange', F(2.5))]);
    cases.push(['random.getrandbits(-1)', () => c('getrandbits', -1)]);
    cases.push(['random.random()', () => c('random')]);
    compare('import random', cases, resetRandom);
  });

  it('seeds from ints, negative ints, big ints, str and floats', () => {
    const cases: Array<[string, () => any]> = [];
    const seeds: Array<[string, any]> = [['0', 0], ['1', 1], ['-5', -5], ['2**32', 2 ** 32], ['123456789012345678901234567890', 123456789012345678901234567890n],
      ['"hello"', 'hello'], ['""', ''], ['"ünïcode ✓"', 'ünïcode ✓'], ['True', true], ['42', 42]];
    for (const [py, js] of seeds) {
      cases.push([`(random.seed(${py}), random.random(), random.randint(1, 1000), random.random())[1:]`, () => {
        c('seed', js); return tuple([c('random'), c('randint', 1, 1000), c('random')]);
      }]);
    }
    cases.push(['(random.seed("abc", version=1), random.random())[1]', () => { ck('seed', ['abc'], { version: 1 }); return c('random'); }]);
    cases.push(['random.seed([1])', () => c('seed', [1])]);
    compare('import random', cases, resetRandom);
  });

  it('Random instances, getstate/setstate and gauss caching', () => {
    const cases: Array<[string, () => any]> = [];
    let r: any, st: any;
    cases.push(['[r := random.Random(7), r.random(), r.random()][1:]', () => { r = call(getattr(R(), 'Random'), 7); return [call(getattr(r, 'random')), call(getattr(r, 'random'))]; }]);
    cases.push(['(st := r.getstate(), r.random(), r.setstate(st), r.random())[1::2]', () => {
      st = call(getattr(r, 'getstate')); const a = call(getattr(r, 'random')); call(getattr(r, 'setstate'), st); return tuple([a, call(getattr(r, 'random'))]);
    }]);
    cases.push(['len(r.getstate()[1])', () => st[1].length]);
    cases.push(['r.gauss_next', () => getattr(r, 'gauss_next')]);
    compare('import random', cases, () => {});
  });

  it('a seeded program (the oracle seeds with 0) matches CPython, inside asyncio too', () => sameAsCPython('random_program', `
import random, asyncio
print(random.random(), random.randint(1, 6), random.choice(["a", "b", "c"]))
xs = list(range(10)); random.shuffle(xs); print(xs)
print(random.sample(range(100), 5), random.choices("xyz", weights=[1, 2, 3], k=6))
print(round(random.uniform(1, 2), 6), random.gauss(0, 1), random.expovariate(2))
r = random.Random(42); print(r.random(), r.randrange(0, 100, 5))
random.seed("hello"); print(random.random())
async def worker(i):
    d = random.uniform(0.1, 0.5)
    await asyncio.sleep(d)
    return i, round(d, 3)
async def main():
    print(await asyncio.gather(*(worker(i) for i in range(4))))
asyncio.run(main())
`));
});
