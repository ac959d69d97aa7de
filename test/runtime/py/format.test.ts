// format(), f-string specs, %-formatting and str.format() against CPython 3.11 (run as the oracle
// in one batch per table).
import * as assert from 'assert';
import { compareAll } from './_oracle';
import { PyFloat, tuple, None } from '../../../src/runtime/py/object';
import '../../../src/runtime/py/builtinsNumeric';
import { format } from '../../../src/runtime/py/format';
import { percentFormat } from '../../../src/runtime/py/formatPercent';
import { strFormat } from '../../../src/runtime/py/formatStrMethod';
import { doubleToString } from '../../../src/runtime/py/formatDecimal';
import { norm } from '../../../src/runtime/py/int';
import { floatHex } from '../../../src/runtime/py/float';
import { setitem } from '../../../src/runtime/py/protocols';
import { PyDict } from '../../../src/runtime/py/dict';

/** A Python literal (int, float, str, bool, None, inf/nan, tuple of those) as a runtime value. */
export function lit(s: string): any {
  s = s.trim();
  if (s === 'True') return true;
  if (s === 'False') return false;
  if (s === 'None') return None;
  if (/^-?\d+$/.test(s)) return norm(BigInt(s));
  const pw = /^(-?)(\d+)\*\*(\d+)$/.exec(s);
  if (pw) return norm((pw[1] ? -1n : 1n) * BigInt(pw[2]) ** BigInt(pw[3]));
  if (/^-?(inf|nan)$/.test(s)) return new PyFloat(s[0] === '-' ? -Number(s.slice(1) === 'inf' ? Infinity : NaN) : s === 'inf' ? Infinity : NaN);
  if (/^[-+\d.e]+$/i.test(s)) return new PyFloat(Number(s));
  if (/^'.*'$/.test(s)) return JSON.parse('"' + s.slice(1, -1).replace(/"/g, '\\"') + '"');
  if (s.startsWith('(') && s.endsWith(')')) return tuple((s.slice(1, -1).match(/'[^']*'|[^,]+/g) ?? []).filter(x => x.trim()).map(lit));
  throw new Error('bad literal ' + s);
}
const PRE = 'inf = float("inf"); nan = float("nan")\n';

function check(cases: Array<[string, () => any]>) {
  const bad = compareAll(cases);
  assert.deepStrictEqual(bad, [], bad.join('\n'));
}

const FORMAT_CASES: Array<[string, string]> = [
  ['2.675', '.2f'], ['0.125', '.2f'], ['1.25', '.1f'], ['0.5', '.0f'], ['1.5', '.0f'], ['2.5', '.0f'],
  ['1e22', '.0f'], ['123456789.123456789', '.10e'], ['0.1', '.30f'], ['1e300', 'f'], ['5e-324', '.1e'],
  ['5e-324', ''], ['5e-324', 'g'], ['1/3', '.17g'], ['1/3', '.17'], ['1e16', ''], ['1e16', '.20'],
  ['100.0', '.3'], ['123.0', '.2'], ['0.0', '.3g'], ['0.0001', 'g'], ['0.00001', 'g'], ['1e-5', '#g'],
  ['0.0001', '#g'], ['0.0', '#g'], ['1234.5', 'n'], ['1.5', '%'], ['0.125', '.1%'], ['1e100', ','],
  ['1234567.25', ',.1f'], ['-1234567.25', '_g'], ['1.0', '#.0f'], ['1.0', '#.0e'], ['1.0', '.0e'],
  ['3.14', '=10'], ['-3.14', '010'], ['inf', 'F'], ['-nan', 'f'], ['nan', '=+10'], ['inf', '010'],
  ['-0.0', 'z.1f'], ['-0.00001', 'z.1f'], ['-0.0', ''], ['-0.0', 'z'], ['-0.0', '+'], ['1.5', 'z'],
  ['-1e-300', 'z.3e'], ['0.001', '.1f'], ['0.006', '.2f'], ['0.005', '.2f'], ['0.015', '.2f'],
  ['9.995', '.2f'], ['99.5', '.0f'], ['999999.5', 'g'], ['9999995.0', 'g'], ['1e-4', 'g'], ['1e-5', ''],
  ['1.0', ''], ['1.0', 'g'], ['1.0', 'e'], ['1.0', '10'], ['1.0', '<10'], ['1.0', '^10'], ['1.0', '*^11'],
  ['12345.678', ',.2f'], ['12345.678', '_.2f'], ['12345.678', '015,.2f'], ['-12345.678', '+016,.2f'],
  ['12345.678', ' .1f'], ['1e100', '.3'], ['123456789.0', ''], ['1e15', ''], ['1.5e15', ','],
  ['0.1', '.17'], ['0.1', '.0'], ['0.1', '.1'], ['2.0', '.0'], ['25.0', '.1'], ['1e-7', ''], ['1e-7', '.3'],
  ['1.7976931348623157e308', ''], ['1.7976931348623157e308', '.3e'], ['2.2250738585072014e-308', '.20e'],
  ['1234.5678', 'E'], ['1234.5678', 'G'], ['1e-10', 'G'], ['12.5', '08.2%'], ['-inf', '^+10'],
  ['3.5', 'x'], ['3.5', 'd'], ['3.5', ',b'], ['3.5', 'xx'], ['3.5', '.'],
  ['0', ''], ['42', 'd'], ['-42', '+d'], ['42', ' d'], ['1234', '010,'], ['1234', '0=10,'], ['1234', 'x<10,'],
  ['1234', '09,'], ['1234567', '_'], ['255', '#010x'], ['255', '#_b'], ['255', 'X'], ['255', '#X'],
  ['-255', '#o'], ['12345', '#o'], ['-12345', '#X'], ['5', '^+9'], ['65', 'c'], ['65', '>5c'],
  ['65', '05c'], ['128512', 'c'], ['1114112', 'c'], ['-1', 'c'], ['1', '+c'], ['1', '#c'], ['1', ',c'],
  ['1', ',_'], ['1', '_,'], ['1', '.'], ['1', 'xx'], ['1', ',x'], ['1', 's'], ['1', '.2'], ['1', 'z'],
  ['123456789', 'n'], ['12', '%'], ['12', 'e'], ['12', '.3f'], ['12', 'g'], ['2**64', 'e'], ['2**64', ','],
  ['-2**64', '#_x'], ['10**30', '.3g'], ['10**30', ''], ['10**30', '_d'], ['2**100', '050_'], ['0', '#b'],
  ['0', '#010b'], ['-0', '05d'], ['7', '=+5'], ['7', '*=+5'], ['-7', '*<5'],
  ['True', ''], ['True', '>5'], ['False', 'd'], ['True', '^7'], ['True', '.1f'],
  ["'abc'", ''], ["'abc'", '.2'], ["'abc'", '*^7'], ["'abc'", '>5'], ["'abc'", '5'], ["'abc'", '05'],
  ["'abc'", '<05'], ["'abc'", 'd'], ["'abc'", '+'], ["'abc'", ' '], ["'abc'", '#'], ["'abc'", '='],
  ["'abc'", 'z'], ["'abc'", ','], ["'abc'", '10.1s'], ["'é'", '^5'],
];

describe('format(value, spec)', () => {
  it('matches CPython for float, int, bool and str specs', () => {
    check(FORMAT_CASES.map(([v, spec]) => [
      `${PRE}format(${v}, ${JSON.stringify(spec)})`,
      () => format(v === '1/3' ? new PyFloat(1 / 3) : lit(v), spec),
    ]));
  });

  it('rounds half-to-even on the exact binary value for random doubles', () => {
    const xs: number[] = [];
    let seed = 12345;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    for (let i = 0; i < 150; i++) xs.push((rnd() - 0.5) * 10 ** Math.floor(rnd() * 40 - 20));
    for (let i = 0; i < 50; i++) xs.push(Math.round(rnd() * 100000) / 1000 + 0.0005);
    const specs = ['.2f', '.0f', '.3e', '.10g', 'g', '', '.15g', '.5'];
    const cases: Array<[string, () => any]> = [];
    for (const x of xs) for (const s of specs) {
      cases.push([`format(float.fromhex(${JSON.stringify(hexOf(x))}), ${JSON.stringify(s)})`, () => format(new PyFloat(x), s)]);
    }
    check(cases);
  });

  it('doubleToString handles repr mode', () => {
    assert.strictEqual(doubleToString(1e16, 'r', 0, 2), '1e+16');
    assert.strictEqual(doubleToString(0.1, 'r', 0, 2), '0.1');
  });
});

const hexOf = floatHex;

describe('printf-style str % args', () => {
  const P: Array<[string, string]> = [
    ["'%5.2f|%-5d|%+d|% d|%05d|%x|%X|%#x|%#o|%e|%g|%G|%c|%c|%r|%a|%%'", "(3.14159, 42, 5, 5, -42, 255, 255, 255, 8, 12345.678, 0.0001, 1e20, 65, 'z', 'hi', 'é')"],
    ["'%s'", '1.0'], ["'%d'", '3.99'], ["'%d'", '-3.99'], ["'%i'", 'True'], ["'%s'", 'True'],
    ["'%.3s'", "'abcdef'"], ["'%10.3s|'", "'abcdef'"], ["'%#.0f'", '1.0'], ["'%.0e'", '12345'],
    ["'%g'", '1e-5'], ["'%#g'", '1.0'], ["'%.15g'", '0.1'], ["'%d'", '10**30'], ["'%x'", '-255'],
    ["'%#X'", '255'], ["'%o'", '8'], ["'%5s|%-5s|'", "('a', 'b')"], ["'%c'", '128512'],
    ["'%d'", "'a'"], ["'%x'", '1.5'], ["'%s %s'", '(1,)'], ["'%s'", '(1, 2)'], ["'%z'", '1'],
    ["'%(a)s'", '1'], ["'%c'", "'ab'"], ["'%c'", '1.5'], ["'%'", '()'], ["'%.2f'", "'a'"],
    ["'%d'", 'None'], ["'%s'", '()'], ["'ab'", '()'], ["'ab'", '5'], ["'%5%'", '()'],
    ["'%-05d|'", '3'], ["'%+05d'", '3'], ["'% 05d'", '-3'], ["'%#06x'", '255'], ["'%#6x'", '255'],
    ["'%-#8o|'", '8'], ["'%.5d'", '3'], ["'%#.5x'", '255'], ["'%+.3e'", '0.000123'], ["'%10.4f|'", '-3.14159'],
    ["'%-10.2e|'", '12345.0'], ["'%G'", '1e-20'], ["'%F'", 'inf'], ["'%f'", 'nan'], ["'%05.1f'", '-inf'],
    ["'%s and %r'", "('x', 'y')"], ["'%3c|'", '65'], ["'%%%d%%'", '5'], ["'%ld'", '5'], ["'%5%'", '(1,)'], ["'% %'", '()'], ["'%u'", '-5'],
    ["'%s'", '10**30'], ["'%i'", '2.5'], ["'%x'", 'True'], ["'%.1f'", '2'], ["'%e'", '10**30'],
  ];
  it('matches CPython', () => {
    check(P.map(([f, a]) => [`${PRE}${f} % ${a}`, () => percentFormat(lit(f), lit(a))]));
  });
  it('mapping keys and * width/precision', () => {
    const d = new PyDict();
    setitem(d, 'a', 1); setitem(d, 'b', 'x');
    check([
      ["'%(a)s-%(b)r' % {'a': 1, 'b': 'x'}", () => percentFormat('%(a)s-%(b)r', d)],
      ["'%(a)s %s' % {'a': 1}", () => percentFormat('%(a)s %s', d)],
      ["'%(zz)s' % {'a': 1}", () => percentFormat('%(zz)s', d)],
      ["'ab' % {'a': 1}", () => percentFormat('ab', d)],
      ["'%(a)%' % {'a': 1}", () => percentFormat('%(a)%', d)],
      ["'%(a)5d|%(a)-5d|%(a)05d' % {'a': 1}", () => percentFormat('%(a)5d|%(a)-5d|%(a)05d', d)],
      ["'ab' % [1]", () => percentFormat('ab', [1])],
      ["'%s' % [1, 2]", () => percentFormat('%s', [1, 2])],
      ["'%*.*f|%-*d|' % (8, 2, 3.14159, 4, 7)", () => percentFormat('%*.*f|%-*d|', tuple([8, 2, new PyFloat(3.14159), 4, 7]))],
      ["'%*d|' % (-5, 7)", () => percentFormat('%*d|', tuple([-5, 7]))],
      ["'%*d' % ('a', 1)", () => percentFormat('%*d', tuple(['a', 1]))],
    ]);
  });
});

describe('str.format()', () => {
  const kw = (o: Record<string, any>) => new Map(Object.entries(o));
  it('fields, conversions, nesting and errors match CPython', () => {
    check([
      ["'{} {}'.format(1, 'a')", () => strFormat('{} {}', [1, 'a'])],
      ["'{1} {0}'.format(1, 'a')", () => strFormat('{1} {0}', [1, 'a'])],
      ["'{:>10}|{:<5}|{:^7}|{!r}'.format('a', 'b', 'c', 'd')", () => strFormat('{:>10}|{:<5}|{:^7}|{!r}', ['a', 'b', 'c', 'd'])],
      ["'{} {0}'.format(1)", () => strFormat('{} {0}', [1])],
      ["'{0} {}'.format(1)", () => strFormat('{0} {}', [1])],
      ["'{1}'.format(1)", () => strFormat('{1}', [1])],
      ["'{a}'.format(1)", () => strFormat('{a}', [1])],
      ["'{x}'.format(x=3)", () => strFormat('{x}', [], kw({ x: 3 }))],
      ["'{'.format()", () => strFormat('{', [])],
      ["'}'.format()", () => strFormat('}', [])],
      ["'{0'.format()", () => strFormat('{0', [])],
      ["'{:{:{}}}'.format(1,2,3)", () => strFormat('{:{:{}}}', [1, 2, 3])],
      ["'{!x}'.format(1)", () => strFormat('{!x}', [1])],
      ["'{:{}{}}'.format(3.14159, '.', 3)", () => strFormat('{:{}{}}', [new PyFloat(3.14159), '.', 3])],
      ["'{{}}{}'.format(1)", () => strFormat('{{}}{}', [1])],
      ["'{0!s:>5}'.format(1.5)", () => strFormat('{0!s:>5}', [new PyFloat(1.5)])],
      ["'{:%}'.format(0.5)", () => strFormat('{:%}', [new PyFloat(0.5)])],
      ["'{:,}'.format(10**10)", () => strFormat('{:,}', [10 ** 10])],
      ["'{}'.format(None)", () => strFormat('{}', [None])],
      ["'{0[0]}|{0[1]}'.format([7, 8])", () => strFormat('{0[0]}|{0[1]}', [[7, 8]])],
      ["'{0[-1]}'.format([7])", () => strFormat('{0[-1]}', [[7]])],
      ["'{0.}'.format(1)", () => strFormat('{0.}', [1])],
      ["'{0[}'.format(1)", () => strFormat('{0[}', [1])],
      ["'{0[0]x}'.format([1])", () => strFormat('{0[0]x}', [[1]])],
      ["'{!}'.format(1)", () => strFormat('{!}', [1])],
      ["'{!rx}'.format(1)", () => strFormat('{!rx}', [1])],
      ["'{0:{1}}|{2}'.format(5, '>4', 'z')", () => strFormat('{0:{1}}|{2}', [5, '>4', 'z'])],
      ["'{:{}}|{}'.format(5, '>4', 'z')", () => strFormat('{:{}}|{}', [5, '>4', 'z'])],
      ["'{!a}'.format('é')", () => strFormat('{!a}', ['é'])],
      ["'a{{b'.format()", () => strFormat('a{{b', [])],
      ["'{:d}'.format('x')", () => strFormat('{:d}', ['x'])],
    ]);
  });
});
