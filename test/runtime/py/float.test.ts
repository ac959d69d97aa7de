// float: repr, float(str), hash, methods, rounding and float arithmetic against CPython.
import * as assert from 'assert';
import { compareAll } from './_oracle';
import { PyFloat, floatClass, tuple } from '../../../src/runtime/py/object';
import { callMethod } from '../../../src/runtime/py/attrs';
import { hash } from '../../../src/runtime/py/protocols';
import { numericBuiltins as nb } from '../../../src/runtime/py/builtinsNumeric';
import { floatRepr, floatHex, ratioToDouble, ldexp, frexp } from '../../../src/runtime/py/float';
import { norm } from '../../../src/runtime/py/int';
import * as ops from '../../../src/runtime/py/ops';

function check(cases: Array<[string, () => any]>) {
  const bad = compareAll(cases);
  assert.deepStrictEqual(bad, [], bad.slice(0, 30).join('\n'));
}
const f = (x: number) => new PyFloat(x);
/** The exact double as a Python expression. */
const py = (x: number) => x !== x ? "float('nan')" : !isFinite(x) ? `float('${x < 0 ? '-' : ''}inf')` : `float.fromhex('${floatHex(x)}')`;

let seed = 2024;
function rnd(): number { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function randomDoubles(n: number): number[] {
  const out: number[] = [];
  const buf = new Float64Array(1), u = new Uint32Array(buf.buffer);
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0) { u[0] = (rnd() * 2 ** 32) >>> 0; u[1] = (rnd() * 2 ** 32) >>> 0; if (isFinite(buf[0])) { out.push(buf[0]); continue; } }
    out.push((rnd() - 0.5) * 10 ** Math.floor(rnd() * 44 - 22));
  }
  return out;
}

describe('float repr and parsing', () => {
  it('repr of random and special doubles matches CPython', () => {
    const xs = randomDoubles(600).concat([0, -0, 1, -1, 0.1, 1e16, 1e15, 9999999999999998, 1e-4, 0.00009999999999999999,
      1e-5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 123456789012345680, 1 / 3, 2 / 3, 100, 1e22, 1e21, 1e100,
      Infinity, -Infinity, NaN]);
    check(xs.map(x => [`repr(${py(x)})`, () => floatRepr(x)]));
  });
  it('float(str) accepts CPython syntax only', () => {
    const S = ['1_000.5', '  1e5 ', ' nan ', '-Infinity', '+inf', 'iNf', 'infinit', 'x', '1__0', '1.', '.5', '5e', 'e5',
      '1e+5', '+.5e-3', '0x10', '1_e5', '1e_5', '1e1_0', '1._5', '_1', '1_', '.', '', '-', '1.5.', '٣.١٤', '\x1c1', '1\x85',
      '\u20001.5', '0.1e-400', '1e400', '-1e400', '123456789012345678901234567890', '2.2250738585072011e-308',
      '9007199254740993', '0.30000000000000004', '1e-320', '4.9406564584124654e-324', '2.4703282292062328e-324', '-0'];
    check(S.map(s => [`float(${JSON.stringify(s)})`, () => floatClass(s)]));
  });
  it('float(x) for other types', () => {
    check([
      ['float()', () => floatClass()], ['float(3)', () => floatClass(3)], ['float(True)', () => floatClass(true)],
      ['float(10**400)', () => floatClass(10n ** 400n)], ['float(2**53 + 1)', () => floatClass(2n ** 53n + 1n)],
      ['float([])', () => floatClass([])], ['float(1, 2)', () => floatClass(1, 2)], ['float(1.5)', () => floatClass(f(1.5))],
    ]);
  });
});

describe('float methods and hashing', () => {
  const xs = [0, -0, 1.5, -2.5, 0.1, 1e300, 5e-324, 2 ** 60, -(2 ** 70), 123.456, 1e-300, 3.0, Infinity, -Infinity, NaN];
  it('hash, as_integer_ratio, hex, is_integer, floor/ceil/trunc, int()', () => {
    const cases: Array<[string, () => any]> = [];
    for (const x of xs) {
      const p = py(x);
      if (x === x) cases.push([`hash(${p})`, () => hash(f(x))]);
      cases.push([`(${p}).as_integer_ratio()`, () => callMethod(f(x), 'as_integer_ratio')]);
      cases.push([`(${p}).hex()`, () => callMethod(f(x), 'hex')]);
      cases.push([`(${p}).is_integer()`, () => callMethod(f(x), 'is_integer')]);
      cases.push([`(${p}).__floor__()`, () => callMethod(f(x), '__floor__')]);
      cases.push([`(${p}).__ceil__()`, () => callMethod(f(x), '__ceil__')]);
      cases.push([`int(${p})`, () => callMethod(f(x), '__int__')]);
      cases.push([`float.fromhex((${p}).hex())`, () => callMethod(floatClass, 'fromhex', floatHex(x))]);
      cases.push([`(${p}).real, (${p}).imag, (${p}).conjugate()`, () => tuple([callMethod(f(x), '__float__'), f(0), callMethod(f(x), 'conjugate')])]);
    }
    cases.push(["float.fromhex('0x1.8p1')", () => callMethod(floatClass, 'fromhex', '0x1.8p1')]);
    cases.push(["float.fromhex('-0x.8p-1074')", () => callMethod(floatClass, 'fromhex', '-0x.8p-1074')]);
    cases.push(["float.fromhex('0x1p1024')", () => callMethod(floatClass, 'fromhex', '0x1p1024')]);
    cases.push(["float.fromhex('zz')", () => callMethod(floatClass, 'fromhex', 'zz')]);
    check(cases);
  });
  it('round(x) and round(x, n) are correctly rounded half-to-even', () => {
    const cases: Array<[string, () => any]> = [];
    const vals = randomDoubles(150).concat([0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 0.125, 0.375, 1e300, 5e-324, 1.7976931348623157e308, 1234.5]);
    for (const x of vals) {
      if (Math.abs(x) < 1e18) cases.push([`round(${py(x)})`, () => nb.round(f(x))]);
      for (const n of [0, 1, 2, 3, -1, -2, 5, 15, 300, 330, -300, -310]) cases.push([`round(${py(x)}, ${n})`, () => nb.round(f(x), n)]);
    }
    cases.push(["round(float('inf'))", () => nb.round(f(Infinity))], ["round(float('nan'))", () => nb.round(f(NaN))],
      ["round(float('inf'), 2)", () => nb.round(f(Infinity), 2)], ['round(1.5, 2**70)', () => nb.round(f(1.5), 2n ** 70n)],
      ['round(1.5, -2**70)', () => nb.round(f(1.5), -(2n ** 70n))], ['round(-1.5, -2**70)', () => nb.round(f(-1.5), -(2n ** 70n))]);
    check(cases);
  });
});

describe('float arithmetic', () => {
  it('floordiv, mod, divmod follow CPython float_divmod on random operands', () => {
    const xs = randomDoubles(60).concat([0, -0, 1, -1, 3, -3, 0.1, Infinity, -Infinity, NaN, 1e-320]);
    const ys = randomDoubles(20).concat([1, -1, 0.1, -0.1, 3, Infinity, -Infinity, NaN, 1e-320, 0]);
    const cases: Array<[string, () => any]> = [];
    for (const x of xs) for (const y of ys) {
      cases.push([`divmod(${py(x)}, ${py(y)})`, () => nb.divmod(f(x), f(y))]);
      cases.push([`${py(x)} % ${py(y)}`, () => ops.mod(f(x), f(y))]);
    }
    check(cases);
  });
  it('int / int is correctly rounded for big ints', () => {
    const cases: Array<[string, () => any]> = [];
    for (let i = 0; i < 200; i++) {
      const a = BigInt(Math.floor(rnd() * 2 ** 50)) ** BigInt(1 + Math.floor(rnd() * 8)) + BigInt(Math.floor(rnd() * 1000));
      const b = BigInt(Math.floor(rnd() * 2 ** 40) + 1) ** BigInt(1 + Math.floor(rnd() * 8)) * (i % 2 ? -1n : 1n);
      cases.push([`${a} / ${b}`, () => ops.truediv(norm(a), norm(b))]);
      cases.push([`float(${a})`, () => floatClass(norm(a))]);
    }
    check(cases);
  });
  it('helpers: ratioToDouble, ldexp, frexp', () => {
    assert.strictEqual(ratioToDouble(1n, 3n), 1 / 3);
    assert.strictEqual(ratioToDouble(1n, 1n << 1075n), 0);
    assert.strictEqual(ratioToDouble(3n, 1n << 1076n), 5e-324);
    assert.strictEqual(ldexp(1, -1074), 5e-324);
    assert.strictEqual(ldexp(1.5, -1074), 1e-323);
    assert.strictEqual(ldexp(1, 1024), Infinity);
    assert.deepStrictEqual(frexp(5e-324), [0.5, -1073]);
    assert.deepStrictEqual(frexp(8), [0.5, 4]);
  });
});
