// The math module against CPython 3.11 (glibc libm): values, return types and error messages.
import * as assert from 'assert';
import { compareAll } from '../py/_oracle';
import { PyFloat, tuple } from '../../../src/runtime/py/object';
import { callKw } from '../../../src/runtime/py/call';
import { importModule } from '../../../src/runtime/py/modules';
import { floatHex } from '../../../src/runtime/py/float';
import { norm } from '../../../src/runtime/py/int';
import '../../../src/runtime/py/builtinsNumeric';
import '../../../src/runtime/lib/math';

const m: any = importModule('math');
const f = (x: number) => new PyFloat(x);
const py = (x: number) => x !== x ? "float('nan')" : !isFinite(x) ? `float('${x < 0 ? '-' : ''}inf')` : `float.fromhex('${floatHex(x)}')`;

/** Mismatches allowed for libm functions where glibc itself is not correctly rounded. */
function check(cases: Array<[string, () => any]>, allowed = 0) {
  const bad = compareAll(cases.map(([s, fn]) => [`import math\n${s}`, fn]));
  assert.ok(bad.length <= allowed, `${bad.length} mismatches (allowed ${allowed}):\n` + bad.slice(0, 20).join('\n'));
}

let seed = 77;
function rnd(): number { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const sample = (n: number, g: () => number) => Array.from({ length: n }, g);

describe('math module: libm functions', () => {
  const wide = sample(150, () => (rnd() - 0.5) * 10 ** (rnd() * 6 - 2));
  const unit = sample(100, () => rnd() * 2 - 1);
  const pos = sample(150, () => 10 ** (rnd() * 40 - 20));
  const table: Array<[string, number[], number]> = [
    ['exp', wide.filter(x => Math.abs(x) < 700), 1], ['expm1', wide.filter(x => Math.abs(x) < 700), 1], ['exp2', wide.filter(x => Math.abs(x) < 1000), 1],
    ['log', pos, 0], ['log2', pos, 0], ['log10', pos, 0], ['log1p', pos, 0], ['sqrt', pos, 0], ['cbrt', wide, 0],
    ['sin', wide, 2], ['cos', wide, 2], ['tan', wide, 2], ['atan', wide, 2], ['asin', unit, 1], ['acos', unit, 1],
    ['sinh', wide.filter(x => Math.abs(x) < 700), 1], ['cosh', wide.filter(x => Math.abs(x) < 700), 1], ['tanh', wide, 0],
    ['asinh', wide, 1], ['acosh', pos.map(x => x + 1), 1], ['atanh', unit, 1], ['erf', wide, 0], ['erfc', wide, 1],
    ['gamma', sample(80, () => (rnd() - 0.3) * 60), 2], ['lgamma', sample(80, () => (rnd() - 0.3) * 300), 2],
    ['fabs', wide, 0], ['floor', wide, 0], ['ceil', wide, 0], ['trunc', wide, 0], ['modf', wide, 0], ['frexp', wide, 0],
    ['degrees', wide, 0], ['radians', wide, 0], ['ulp', wide, 0],
  ];
  for (const [name, xs, allowed] of table) {
    it(`math.${name} matches CPython on ${xs.length} values`, () => {
      check(xs.map(x => [`math.${name}(${py(x)})`, () => m[name](f(x))]), allowed);
    });
  }
  it('two-argument functions: pow, atan2, hypot, fmod, remainder, copysign, log(x, b), dist, nextafter', () => {
    const cases: Array<[string, () => any]> = [];
    for (let i = 0; i < 120; i++) {
      const x = wide[i], y = wide[(i * 7 + 3) % wide.length], p = pos[i];
      cases.push([`math.pow(${py(p)}, ${py(y / 100)})`, () => m.pow(f(p), f(y / 100))]);
      cases.push([`${py(p)} ** ${py(y / 100)}`, () => require('../../../src/runtime/py/ops').pow(f(p), f(y / 100))]);
      cases.push([`math.atan2(${py(x)}, ${py(y)})`, () => m.atan2(f(x), f(y))]);
      cases.push([`math.hypot(${py(x)}, ${py(y)})`, () => m.hypot(f(x), f(y))]);
      cases.push([`math.hypot(${py(x)}, ${py(y)}, ${py(p)})`, () => m.hypot(f(x), f(y), f(p))]);
      cases.push([`math.fmod(${py(x)}, ${py(y)})`, () => m.fmod(f(x), f(y))]);
      cases.push([`math.remainder(${py(x)}, ${py(y)})`, () => m.remainder(f(x), f(y))]);
      cases.push([`math.log(${py(p)}, ${py(Math.abs(y) + 1.5)})`, () => m.log(f(p), f(Math.abs(y) + 1.5))]);
      cases.push([`math.dist((${py(x)}, 1.5), (${py(y)}, -2.0))`, () => m.dist(tuple([f(x), f(1.5)]), tuple([f(y), f(-2)]))]);
    }
    check(cases, 4);
  });
});

describe('math module: exact functions, specials and errors', () => {
  it('matches CPython', () => {
    const B = (s: string) => norm(BigInt(s));
    check([
      ['math.pi, math.e, math.tau, math.inf, math.nan', () => tuple([m.pi, m.e, m.tau, m.inf, m.nan])],
      ['math.sqrt(-1)', () => m.sqrt(-1)], ['math.sqrt(2)', () => m.sqrt(2)], ["math.sqrt('a')", () => m.sqrt('a')],
      ['math.sqrt(10**400)', () => m.sqrt(B('1' + '0'.repeat(400)))],
      ['math.log(0)', () => m.log(0)], ['math.log(-1)', () => m.log(-1)], ['math.log(10, 1)', () => m.log(10, 1)],
      ['math.log(1000, 10)', () => m.log(1000, 10)], ['math.log(8, 2)', () => m.log(8, 2)],
      ['math.log(10**400)', () => m.log(B('1' + '0'.repeat(400)))], ['math.log2(2**1000 + 1)', () => m.log2(2n ** 1000n + 1n)],
      ['math.log10(10**300 * 7)', () => m.log10(7n * 10n ** 300n)], ['math.log(0.0)', () => m.log(f(0))],
      ["math.log(float('inf'))", () => m.log(f(Infinity))], ['math.log2(1024)', () => m.log2(1024)], ['math.log10(1000)', () => m.log10(1000)],
      ['math.exp(1000)', () => m.exp(1000)], ['math.exp(-1000)', () => m.exp(-1000)], ['math.exp(709.7)', () => m.exp(f(709.7))],
      ['math.pow(0, -1)', () => m.pow(0, -1)], ['math.pow(-1, 0.5)', () => m.pow(-1, f(0.5))], ['math.pow(10, 400)', () => m.pow(10, 400)],
      ['math.pow(-2, 3)', () => m.pow(-2, 3)], ["math.pow(float('nan'), 0)", () => m.pow(f(NaN), 0)], ['math.pow(2, -1100)', () => m.pow(2, -1100)],
      ["math.pow(-0.0, -3)", () => m.pow(f(-0), -3)], ["math.pow(float('-inf'), 3)", () => m.pow(f(-Infinity), 3)],
      ['math.factorial(20)', () => m.factorial(20)], ['math.factorial(30)', () => m.factorial(30)], ['math.factorial(0)', () => m.factorial(0)],
      ['math.factorial(-1)', () => m.factorial(-1)], ['math.factorial(1.5)', () => m.factorial(f(1.5))], ['math.factorial(True)', () => m.factorial(true)],
      ['math.factorial(200) % 1000003', () => require('../../../src/runtime/py/ops').mod(m.factorial(200), 1000003)],
      ['math.gcd()', () => m.gcd()], ['math.gcd(12, 18, -8)', () => m.gcd(12, 18, -8)], ['math.gcd(-5)', () => m.gcd(-5)],
      ['math.gcd(2**80, 6**40)', () => m.gcd(2n ** 80n, 6n ** 40n)], ['math.gcd(1.5)', () => m.gcd(f(1.5))],
      ['math.lcm()', () => m.lcm()], ['math.lcm(4, 6, 10)', () => m.lcm(4, 6, 10)], ['math.lcm(4, 0)', () => m.lcm(4, 0)], ['math.lcm(-4, 6)', () => m.lcm(-4, 6)],
      ['math.isqrt(10**40 - 1)', () => m.isqrt(10n ** 40n - 1n)], ['math.isqrt(-1)', () => m.isqrt(-1)], ['math.isqrt(99)', () => m.isqrt(99)],
      ['math.comb(50, 20)', () => m.comb(50, 20)], ['math.comb(5, 7)', () => m.comb(5, 7)], ['math.comb(-1, 2)', () => m.comb(-1, 2)],
      ['math.comb(5, -1)', () => m.comb(5, -1)], ['math.perm(10, 3)', () => m.perm(10, 3)], ['math.perm(5)', () => m.perm(5)],
      ['math.perm(-1)', () => m.perm(-1)], ['math.perm(-1, 2)', () => m.perm(-1, 2)], ['math.perm(3, 5)', () => m.perm(3, 5)],
      ['math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5)', () => tuple([m.floor(f(2.5)), m.floor(f(-2.5)), m.ceil(f(2.5)), m.ceil(f(-2.5))])],
      ['math.floor(7), math.ceil(True), math.floor(1e300)', () => tuple([m.floor(7), m.ceil(true), m.floor(f(1e300))])],
      ["math.floor(float('inf'))", () => m.floor(f(Infinity))], ["math.ceil(float('nan'))", () => m.ceil(f(NaN))], ["math.floor('a')", () => m.floor('a')],
      ["math.trunc('a')", () => m.trunc('a')], ['math.trunc(-2.7)', () => m.trunc(f(-2.7))], ['math.trunc(5)', () => m.trunc(5)],
      ['math.fsum([0.1] * 10)', () => m.fsum(Array(10).fill(f(0.1)))], ['math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])', () => m.fsum([f(1e100), f(1), f(-1e100), f(1e-100), f(1e50), f(-1), f(-1e50)])],
      ['math.fsum([1e-16, 1, 1e16])', () => m.fsum([f(1e-16), 1, f(1e16)])], ["math.fsum([float('inf'), float('-inf')])", () => m.fsum([f(Infinity), f(-Infinity)])],
      ['math.fsum([1e308, 1e308])', () => m.fsum([f(1e308), f(1e308)])], ["math.fsum([float('inf'), 1])", () => m.fsum([f(Infinity), 1])], ['math.fsum([])', () => m.fsum([])],
      ['math.prod([1, 2, 3, 4])', () => m.prod([1, 2, 3, 4])], ['math.prod([])', () => m.prod([])], ['math.prod([1.5, 2])', () => m.prod([f(1.5), 2])],
      ['math.prod([2] * 100)', () => m.prod(Array(100).fill(2))], ["math.prod(['a', 3])", () => m.prod(['a', 3])],
      ['math.prod([2, 3], start=10)', () => callKw(m.prod, [[2, 3]], new Map([['start', 10]]))],
      ['math.isclose(1.0, 1.0000000001)', () => m.isclose(f(1), f(1.0000000001))], ['math.isclose(1, 1.1, rel_tol=0.2)', () => callKw(m.isclose, [1, f(1.1)], new Map([['rel_tol', f(0.2)]]))],
      ['math.isclose(1, 2, abs_tol=-1)', () => callKw(m.isclose, [1, 2], new Map([['abs_tol', -1]]))], ["math.isclose(float('inf'), float('inf'))", () => m.isclose(f(Infinity), f(Infinity))],
      ['math.isnan(float("nan")), math.isinf(-1e309), math.isfinite(1)', () => tuple([m.isnan(f(NaN)), m.isinf(f(-Infinity)), m.isfinite(1)])],
      ['math.copysign(3, -0.0), math.copysign(-2, 1)', () => tuple([m.copysign(3, f(-0)), m.copysign(-2, 1)])],
      ['math.fmod(1, 0)', () => m.fmod(1, 0)], ["math.fmod(5, float('inf'))", () => m.fmod(5, f(Infinity))], ['math.fmod(-7, 3)', () => m.fmod(-7, 3)],
      ['math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2)', () => tuple([m.remainder(5, 2), m.remainder(7, 2), m.remainder(-5, 2)])],
      ['math.remainder(1, 0)', () => m.remainder(1, 0)], ['math.ldexp(1.0, 10000)', () => m.ldexp(f(1), 10000)], ['math.ldexp(1.5, -1075)', () => m.ldexp(f(1.5), -1075)],
      ['math.ldexp(3, 2)', () => m.ldexp(3, 2)], ['math.ldexp(1.0, 2.0)', () => m.ldexp(f(1), f(2))], ['math.frexp(0.0), math.frexp(8)', () => tuple([m.frexp(f(0)), m.frexp(8)])],
      ['math.modf(-3.5), math.modf(2.0)', () => tuple([m.modf(f(-3.5)), m.modf(f(2))])], ["math.modf(float('inf'))", () => m.modf(f(Infinity))],
      ['math.acos(2)', () => m.acos(2)], ['math.atanh(1)', () => m.atanh(1)], ['math.acosh(0.5)', () => m.acosh(f(0.5))], ['math.asin(-1)', () => m.asin(-1)],
      ['math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(1, 0)', () => tuple([m.atan2(f(0), f(-0)), m.atan2(f(-0), -1), m.atan2(1, 0)])],
      ["math.atan2(float('inf'), float('-inf')), math.atan2(float('-inf'), 5)", () => tuple([m.atan2(f(Infinity), f(-Infinity)), m.atan2(f(-Infinity), 5)])],
      ['math.dist([1], [1, 2])', () => m.dist([1], [1, 2])], ['math.dist([0, 0], [3, 4])', () => m.dist([0, 0], [3, 4])],
      ['math.hypot()', () => m.hypot()], ['math.hypot(-3)', () => m.hypot(-3)], ['math.hypot(3, 4)', () => m.hypot(3, 4)],
      ["math.hypot(float('inf'), float('nan'))", () => m.hypot(f(Infinity), f(NaN))], ['math.hypot(1e-320, 1e-320)', () => m.hypot(f(1e-320), f(1e-320))],
      ['math.hypot(1e308, 1e308)', () => m.hypot(f(1e308), f(1e308))], ['math.gamma(0)', () => m.gamma(0)], ['math.gamma(-1)', () => m.gamma(-1)],
      ['math.gamma(5), math.gamma(0.5), math.gamma(-2.5)', () => tuple([m.gamma(5), m.gamma(f(0.5)), m.gamma(f(-2.5))])],
      ['math.gamma(200)', () => m.gamma(200)], ['math.gamma(171.5)', () => m.gamma(f(171.5))], ['math.lgamma(0)', () => m.lgamma(0)], ['math.lgamma(1e308)', () => m.lgamma(f(1e308))],
      ['math.sin(1e22), math.cos(1e300), math.tan(1e15)', () => tuple([m.sin(f(1e22)), m.cos(f(1e300)), m.tan(f(1e15))])],
      ["math.sin(float('inf'))", () => m.sin(f(Infinity))], ['math.sinh(1000)', () => m.sinh(1000)], ['math.cosh(-710)', () => m.cosh(-710)],
      ['math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(0.0)', () => tuple([m.nextafter(f(1), f(2)), m.nextafter(f(0), f(-1)), m.ulp(f(1)), m.ulp(f(0))])],
      ['math.degrees(math.pi), math.radians(180)', () => tuple([m.degrees(m.pi), m.radians(180)])],
      ['math.erf(0.5), math.erfc(30), math.erfc(-10)', () => tuple([m.erf(f(0.5)), m.erfc(30), m.erfc(-10)])],
      ['math.cbrt(27), math.cbrt(-8.0), math.exp2(10), math.exp2(0.5)', () => tuple([m.cbrt(27), m.cbrt(f(-8)), m.exp2(10), m.exp2(f(0.5))])],
    ]);
  });
});
