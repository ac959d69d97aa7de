// int: parsing, str/repr, conversions, constructors, methods and numeric builtins against CPython.
import * as assert from 'assert';
import { compareAll } from './_oracle';
import { PyFloat, intClass, boolClass, None, tuple } from '../../../src/runtime/py/object';
import { constructKw } from '../../../src/runtime/py/call';
import { callMethod, callMethodKw, getattr } from '../../../src/runtime/py/attrs';
import { hash } from '../../../src/runtime/py/protocols';
import { numericBuiltins as nb } from '../../../src/runtime/py/builtinsNumeric';
import { norm, intToStr, parseIntStr, bitLength, isqrtBig, intPowMod } from '../../../src/runtime/py/int';
import * as ops from '../../../src/runtime/py/ops';

function check(cases: Array<[string, () => any]>) {
  const bad = compareAll(cases);
  assert.deepStrictEqual(bad, [], bad.slice(0, 30).join('\n'));
}
const B = (s: string) => norm(BigInt(s));
const f = (x: number) => new PyFloat(x);

describe('int(str, base) parsing', () => {
  const S: Array<[string, number | undefined]> = [
    ['x', undefined], ['', undefined], [' 0x1f ', 0], ['010', 0], ['00', 0], ['0_0', 0], ['1_000', undefined],
    ['1__000', undefined], ['_1', undefined], ['1_', undefined], ['  -42  ', undefined], ['+7', undefined],
    ['- 7', undefined], ['0b101', 0], ['0B101', 2], ['0o17', 8], ['0x_ff', 16], ['0x_ff', 0], ['0x__ff', 16],
    ['ff', 16], ['FF', 16], ['zz', 36], ['Zz', 36], ['10', 2], ['12', 2], ['0x', 16], ['0b', 0], ['12a', undefined],
    ['1 2', undefined], ['1\t\n', undefined], ['\u20001', undefined], ['\x1c5\x85', undefined], ['\ufeff5', undefined],
    ['9'.repeat(30), undefined], ['-' + '9'.repeat(20), 10], ['0'.repeat(10), undefined], ['1'.repeat(4300), undefined],
    ['1'.repeat(4301), undefined], ['1'.repeat(5000), 16], ['z'.repeat(40), 36], ['7'.repeat(60), 8],
    ['12', 1], ['12', 37], ['12', -1], ['0x10', 10], ['1e5', undefined], ['١٢', undefined], ['\u0e53\u0e54', undefined], ['\u{1D7D9}\u{1D7DA}', 10], ['1\u00e9', undefined],
  ];
  it('matches CPython', () => {
    check(S.map(([s, b]) => [
      (b === undefined ? `int(${JSON.stringify(s)})` : `int(${JSON.stringify(s)}, ${b})`) + (s.length > 1000 ? '.bit_length()' : ''),
      () => { const v = b === undefined ? intClass(s) : intClass(s, b); return s.length > 1000 ? callMethod(v, 'bit_length') : v; },
    ]));
  });
  it('other argument types and keyword base', () => {
    check([
      ['int()', () => intClass()],
      ['int(12, 10)', () => intClass(12, 10)],
      ['int(None)', () => intClass(None)],
      ['int([])', () => intClass([])],
      ["int(float('inf'))", () => intClass(f(Infinity))],
      ["int(float('nan'))", () => intClass(f(NaN))],
      ['int(3.99)', () => intClass(f(3.99))],
      ['int(-3.99)', () => intClass(f(-3.99))],
      ['int(-0.5)', () => intClass(f(-0.5))],
      ['int(1e20)', () => intClass(f(1e20))],
      ['int(1.5e300)', () => intClass(f(1.5e300))],
      ['int(True)', () => intClass(true)],
      ["int('101', base=2)", () => constructKw(intClass, ['101'], new Map([['base', 2]]))],
      ["int('101', 2, base=2)", () => constructKw(intClass, ['101', 2], new Map([['base', 2]]))],
      ["int(x='5')", () => constructKw(intClass, [], new Map([['x', '5']]))],
      ['int(base=2)', () => constructKw(intClass, [], new Map([['base', 2]]))],
      ['int(1, 2, 3)', () => intClass(1, 2, 3)],
      ['bool()', () => boolClass()],
      ['bool([])', () => boolClass([])],
      ['bool(0.0)', () => boolClass(f(0))],
      ["bool(float('nan'))", () => boolClass(f(NaN))],
      ["bool('a')", () => boolClass('a')],
      ['bool(1, 2)', () => boolClass(1, 2)],
      ['int.__new__(int, "7")', () => getattr(intClass, '__new__')(intClass, '7')],
    ]);
  });
});

describe('int str/repr and methods', () => {
  it('str, hex, oct, bin, digit limit', () => {
    check([
      ['str(10**30)', () => intToStr(B('1' + '0'.repeat(30)))],
      ['str(-2**64)', () => intToStr(-(2n ** 64n))],
      ['str(10**4299)', () => intToStr(10n ** 4299n)],
      ['str(10**4300)', () => intToStr(10n ** 4300n)],
      ['str(-10**4299)', () => intToStr(-(10n ** 4299n))],
      ['str(10**5000)', () => intToStr(10n ** 5000n)],
      ['hex(255)', () => nb.hex(255)], ['hex(-255)', () => nb.hex(-255)], ['oct(-8)', () => nb.oct(-8)],
      ['bin(-5)', () => nb.bin(-5)], ['bin(0)', () => nb.bin(0)], ['hex(2**100)', () => nb.hex(2n ** 100n)],
      ['hex(True)', () => nb.hex(true)], ['hex(1.5)', () => nb.hex(f(1.5))], ["oct('1')", () => nb.oct('1')],
      ['(0).bit_length()', () => callMethod(0, 'bit_length')],
      ['(-255).bit_length()', () => callMethod(-255, 'bit_length')],
      ['(2**53).bit_length()', () => callMethod(2 ** 53, 'bit_length')],
      ['(2**100-1).bit_length()', () => callMethod(B((2n ** 100n - 1n).toString()), 'bit_length')],
      ['(-(2**100)).bit_length()', () => callMethod(-(2n ** 100n), 'bit_length')],
      ['(255).bit_count()', () => callMethod(255, 'bit_count')],
      ['(-7).bit_count()', () => callMethod(-7, 'bit_count')],
      ['(7).conjugate()', () => callMethod(7, 'conjugate')],
      ['(7).as_integer_ratio()', () => callMethod(7, 'as_integer_ratio')],
      ['True.as_integer_ratio()', () => callMethod(true, 'as_integer_ratio')],
      ['(5).__round__(-1)', () => callMethod(5, '__round__', -1)],
      ['repr(True), repr(False)', () => tuple([callMethod(true, '__repr__'), callMethod(false, '__repr__')])],
      ['(True).__and__(False), True | False, True ^ True, True & 3', () => tuple([ops.and(true, false), ops.or(true, false), ops.xor(true, true), ops.and(true, 3)])],
      ['-True, ~True, +True, True + True, True * 3, True / 2', () => tuple([ops.neg(true), ops.invert(true), ops.pos(true), ops.add(true, true), ops.mul(true, 3), ops.truediv(true, 2)])],
    ]);
  });
  it('round, divmod, pow, abs builtins', () => {
    check([
      ['round(25, -1)', () => nb.round(25, -1)], ['round(35, -1)', () => nb.round(35, -1)],
      ['round(-25, -1)', () => nb.round(-25, -1)], ['round(-35, -1)', () => nb.round(-35, -1)],
      ['round(149, -2)', () => nb.round(149, -2)], ['round(150, -2)', () => nb.round(150, -2)],
      ['round(250, -2)', () => nb.round(250, -2)], ['round(7, 2)', () => nb.round(7, 2)],
      ['round(2**70 + 5, -1)', () => nb.round(2n ** 70n + 5n, -1)], ['round(5, -100)', () => nb.round(5, -100)],
      ['round(True)', () => nb.round(true)], ['round(True, 1)', () => nb.round(true, 1)],
      ['round(5, 1.0)', () => nb.round(5, f(1))], ["round('a')", () => nb.round('a')], ['round(5, None)', () => nb.round(5, None)],
      ['divmod(7, -2)', () => nb.divmod(7, -2)], ['divmod(-2**70, 3)', () => nb.divmod(-(2n ** 70n), 3)],
      ['divmod(1, 0)', () => nb.divmod(1, 0)], ['divmod(True, 2)', () => nb.divmod(true, 2)],
      ['pow(2, 10)', () => nb.pow(2, 10)], ['pow(-2, 63)', () => nb.pow(-2, 63)], ['pow(10, -2)', () => nb.pow(10, -2)],
      ['pow(5, 0, 1)', () => nb.pow(5, 0, 1)], ['pow(5, 3, -7)', () => nb.pow(5, 3, -7)], ['pow(0, -1, 5)', () => nb.pow(0, -1, 5)],
      ['pow(2**100, 2**100, 10**9+7)', () => nb.pow(2n ** 100n, 2n ** 100n, 10 ** 9 + 7)],
      ['abs(-2**53)', () => nb.abs(-(2n ** 53n))], ['abs(-5)', () => nb.abs(-5)], ['abs(False)', () => nb.abs(false)],
    ]);
  });
  it('to_bytes / from_bytes (keywords included)', () => {
    const kw = (o: Record<string, any>) => new Map(Object.entries(o));
    check([
      ["(1024).to_bytes(1, 'big')", () => callMethod(1024, 'to_bytes', 1, 'big')],
      ["(-1).to_bytes(1, 'big')", () => callMethod(-1, 'to_bytes', 1, 'big')],
      ["(1).to_bytes(2, 'foo')", () => callMethod(1, 'to_bytes', 2, 'foo')],
      ["(-1).to_bytes(2, 'little', signed=True)", () => callMethodKw(-1, 'to_bytes', [2, 'little'], kw({ signed: true }))],
      ["(258).to_bytes(2, byteorder='little')", () => callMethodKw(258, 'to_bytes', [2], kw({ byteorder: 'little' }))],
      ["int.from_bytes([1, 0], 'little')", () => callMethod(intClass, 'from_bytes', [1, 0], 'little')],
      ["int.from_bytes([255, 254], 'big', signed=True)", () => callMethodKw(intClass, 'from_bytes', [[255, 254], 'big'], kw({ signed: true }))],
      ["int.from_bytes([1] * 9, 'big')", () => callMethod(intClass, 'from_bytes', [1, 1, 1, 1, 1, 1, 1, 1, 1], 'big')],
    ]);
  });
  it('hash() follows CPython (modulus 2**61-1)', () => {
    check([
      ['hash(-1)', () => hash(-1)], ['hash(-2)', () => hash(-2)], ['hash(2**61 - 1)', () => hash(B('2305843009213693951'))],
      ['hash(2**61)', () => hash(2n ** 61n)], ['hash(-2**64)', () => hash(-(2n ** 64n))], ['hash(2**60)', () => hash(2n ** 60n)],
      ['hash(True)', () => hash(true)], ['hash(10**30)', () => hash(10n ** 30n)],
    ]);
  });
  it('internal helpers', () => {
    assert.strictEqual(bitLength(2 ** 31), 32);
    assert.strictEqual(bitLength(2 ** 53 - 1), 53);
    assert.strictEqual(isqrtBig(10n ** 40n), 10n ** 20n);
    assert.strictEqual(isqrtBig(10n ** 40n - 1n), 10n ** 20n - 1n);
    assert.strictEqual(parseIntStr('0x10', 0), 16);
    assert.strictEqual(intPowMod(3, -1, 7), 5);
  });
});
