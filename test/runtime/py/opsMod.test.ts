// The fmod-free fast paths of %, %=, // and //= on JS-number ints (ops.ts, intModNum in
// opsArith.ts) checked against exact BigInt floored division, near 2**31 and 2**53 above all.
import * as assert from 'assert';
import * as ops from '../../../src/runtime/py/ops';

const MAX = 2 ** 53 - 1;
const EDGES = [
  0, 1, 2, 3, 7, 10, 2 ** 26 + 3, 2 ** 31 - 1, 2 ** 31, 2 ** 32 + 1, 123456789012345, 1e15 + 7,
  2 ** 52 - 1, 2 ** 52, 2 ** 52 + 1, MAX - 1, MAX,
];
const SIGNED = EDGES.flatMap((v) => (v === 0 ? [0] : [v, -v]));

/** Deterministic values of every magnitude from 1 to 53 bits, both signs. */
function sample(n: number): number[] {
  let x = 0x9e3779b9;
  const rand = () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) / 2 ** 32; };
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = Math.floor(rand() * 2 ** (1 + Math.floor(rand() * 53)));
    out.push(rand() < 0.5 ? -v : v);
  }
  return out;
}

function floored(a: number, b: number): [bigint, bigint] {
  const A = BigInt(a), B = BigInt(b);
  let q = A / B, r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) { r += B; q -= 1n; }
  return [q, r];
}

function check(a: number, b: number) {
  if (b === 0) return;
  const [q, r] = floored(a, b);
  for (const [f, want] of [[ops.mod, r], [ops.imod, r], [ops.floordiv, q], [ops.ifloordiv, q]] as const) {
    const got = f(a, b);
    // An int result is a number (never -0) when it fits, as everywhere in the value model.
    assert.ok(typeof got === 'number' && !Object.is(got, -0) && BigInt(got) === want,
      `${f.name}(${a}, ${b}) = ${String(got)}, want ${want}`);
  }
}

describe('ops: % and // on number ints', () => {
  it('are exact at the int32 and 2**53 edges', () => {
    for (const a of SIGNED) for (const b of SIGNED) check(a, b);
  });
  it('are exact on values of every magnitude', () => {
    const xs = sample(3000);
    for (const a of xs) for (const b of SIGNED) { check(a, b); check(b, a); }
    for (let i = 0; i + 1 < xs.length; i++) check(xs[i], xs[i + 1]);
  });
  it('keep the ZeroDivisionError of the slow path', () => {
    const msg = (f: () => unknown) => { try { f(); } catch (e) { return `${(e as any).$cls.$name}: ${(e as any).args[0]}`; } return 'no error'; };
    assert.strictEqual(msg(() => ops.mod(5, 0)), 'ZeroDivisionError: integer modulo by zero');
    assert.strictEqual(msg(() => ops.imod(5, 0)), 'ZeroDivisionError: integer modulo by zero');
    assert.strictEqual(msg(() => ops.ifloordiv(5, 0)), 'ZeroDivisionError: integer division or modulo by zero');
  });
});
