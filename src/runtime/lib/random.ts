// `random`: CPython 3.11's Lib/random.py over the MT19937 of _randommodule.c, so a seeded program
// draws exactly the numbers CPython draws. The oracle calls random.seed(0) before the program;
// resetRandom() does the same for a fresh run.
import { PyObject, nativeClass, None, tuple, typeName, PyFloat, PyClass, isTuple } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc } from '../py/call';
import { bindMethod, callMethod, classLookup } from '../py/attrs';
import { getitem, setitem, iter, hash } from '../py/protocols';
import { registerModule } from '../py/modules';
import { MT19937 } from './_mt';
import { sha512, utf8 } from './_sha512';
import { Int, big, bitLength, normInt, toIndex, toF, f, intAdd, intSub, intMul, intFloorDiv, intCmp } from './_num';
import { distributionMethods } from './_randomdist';
import { sample, choices } from './_randomseq';
import { pyAdd, pyLen as len, pyItem } from './_rt';
import { warn } from './warnings';
import { onProgramStart } from '../lifecycle';

const TWOPI = 6.283185307179586;
const NV_MAGICCONST = 1.7155277699214135;
const LOG4 = 1.3862943611198906;
const SG_MAGICCONST = 2.504077396776274;

export class PyRandom extends PyObject {
  $mt = new MT19937();
  gauss_next: any = None;
}

let RandomClass: PyClass;

/** self.random(), honouring a Python subclass override. */
export function rnd(self: PyRandom): number {
  if (self.$cls === RandomClass || !self.$cls.$user) return self.$mt.random();
  return toF(callMethod(self, 'random'));
}

/** self._randbelow(n) for n > 0, choosing the algorithm as Random.__init_subclass__ does. */
export function randbelow(self: PyRandom, n: Int): Int {
  const C = self.$cls;
  if (C === RandomClass || !C.$user) return belowWithBits(self, n, (k) => self.$mt.getrandbits(k));
  for (const c of C.$mro) {
    const own = (k: string) => Object.prototype.hasOwnProperty.call(c.prototype, k);
    if (own('_randbelow')) {
      if (c === RandomClass) return belowWithBits(self, n, (k) => self.$mt.getrandbits(k));
      return toIndex(callMethod(self, '_randbelow', n));
    }
    if (own('getrandbits')) return belowWithBits(self, n, (k) => toIndex(callMethod(self, 'getrandbits', k)));
    if (own('random')) return belowWithoutBits(self, n);
  }
  return belowWithBits(self, n, (k) => self.$mt.getrandbits(k));
}

function belowWithBits(_self: PyRandom, n: Int, bits: (k: number) => Int): Int {
  const k = bitLength(n);
  let r = bits(k);
  while (intCmp(r, n) >= 0) r = bits(k);
  return r;
}

function belowWithoutBits(self: PyRandom, n: Int): Int {
  const maxsize = 2 ** 53;
  if (intCmp(n, maxsize) >= 0) {
    warn('Underlying random() generator does not supply \nenough bits to choose from a population range this large.\nTo remove the range limitation, add a getrandbits() method.');
    return Math.floor(rnd(self) * Number(n));
  }
  const nn = Number(n);
  const rem = maxsize % nn;
  const limit = (maxsize - rem) / maxsize;
  let r = rnd(self);
  while (r >= limit) r = rnd(self);
  return Math.floor(r * maxsize) % nn;
}

function seed(self: PyRandom, a: any, version: any) {
  if (version === 1 && (typeof a === 'string' || typeName(a) === 'bytes')) {
    const s = typeof a === 'string' ? a : String.fromCharCode(...Array.from(iter(a)) as number[]);
    const cps = Array.from(s, c => BigInt(c.codePointAt(0)!));
    let x = cps.length ? cps[0] << 7n : 0n;
    for (const c of cps) x = ((1000003n * x) ^ c) & 0xFFFFFFFFFFFFFFFFn;
    x ^= BigInt(cps.length);
    self.$mt.seedInt(x);
  } else if (version === 2 && (typeof a === 'string' || typeName(a) === 'bytes' || typeName(a) === 'bytearray')) {
    const bytes = typeof a === 'string' ? utf8(a) : Uint8Array.from(Array.from(iter(a)) as number[]);
    const all = new Uint8Array(bytes.length + 64);
    all.set(bytes); all.set(sha512(bytes), bytes.length);
    let n = 0n;
    for (const b of all) n = (n << 8n) | BigInt(b);
    self.$mt.seedInt(n);
  } else if (a === None || a === undefined) {
    const key: number[] = [];
    for (let i = 0; i < 4; i++) key.push((Math.random() * 2 ** 32) >>> 0);
    self.$mt.initByArray(key);
  } else if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean') {
    const n = big(a);
    self.$mt.seedInt(n < 0n ? -n : n);
  } else if (a instanceof PyFloat || typeof a === 'string' || typeName(a) === 'bytes' || typeName(a) === 'bytearray') {
    let h = big(hash(a));
    if (h < 0n) h += 1n << 64n;
    self.$mt.seedInt(h);
  } else {
    throw pyErr(E.TypeError, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  }
  self.gauss_next = None;
}

function getrandbits(self: PyRandom, k: any): Int {
  const kk = toIndex(k);
  if (intCmp(kk, 0) < 0) throw pyErr(E.ValueError, 'number of bits must be non-negative');
  return self.$mt.getrandbits(Number(kk));
}

/** _index(x), falling back to int(x) with CPython's deprecation path for integral floats. */
function rrIndex(x: any, what: string): Int {
  if (x instanceof PyFloat) {
    const v = Math.trunc(x.v);
    if (!isFinite(x.v)) throw pyErr(x.v !== x.v ? E.ValueError : E.OverflowError, x.v !== x.v ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    if (v !== x.v) {
      warn('randrange() will raise TypeError in the future', E.DeprecationWarning, 3);
      throw pyErr(E.ValueError, `non-integer ${what} for randrange()`);
    }
    warn('non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version', E.DeprecationWarning, 3);
    return Number.isSafeInteger(v) ? v : normInt(BigInt(v));
  }
  return toIndex(x);
}

const ONE = {};
function randrange(self: PyRandom, start: any, stop: any, step: any): Int {
  const istart = rrIndex(start, 'arg 1');
  if (stop === None) {
    if (step !== ONE) throw pyErr(E.TypeError, 'Missing a non-None stop argument');
    if (intCmp(istart, 0) > 0) return randbelow(self, istart);
    throw pyErr(E.ValueError, 'empty range for randrange()');
  }
  const istop = rrIndex(stop, 'stop');
  const width = intSub(istop, istart);
  const istep = step === ONE ? 1 : rrIndex(step, 'step');
  if (istep === 1) {
    if (intCmp(width, 0) > 0) return intAdd(istart, randbelow(self, width));
    throw pyErr(E.ValueError, `empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: Int;
  if (intCmp(istep, 0) > 0) n = intFloorDiv(intSub(intAdd(width, istep), 1), istep);
  else if (intCmp(istep, 0) < 0) n = intFloorDiv(intAdd(intAdd(width, istep), 1), istep);
  else throw pyErr(E.ValueError, 'zero step for randrange()');
  if (intCmp(n, 0) <= 0) throw pyErr(E.ValueError, 'empty range for randrange()');
  return intAdd(istart, intMul(istep, randbelow(self, n)));
}

export const item = pyItem;

function methods(): Record<string, any> {
  const m = (name: string, spec: string[], impl: (this: PyRandom, ...a: any[]) => any, defaults: any[] = []) =>
    pyfunc(name, spec, impl, defaults, `Random.${name}`);
  return {
    VERSION: 3,
    __init__: m('__init__', ['x='], function (x) { seed(this, x, 2); this.gauss_next = None; return None; }, [None]),
    seed: m('seed', ['a=', 'version='], function (a, v) { seed(this, a, v); return None; }, [None, 2]),
    random: m('random', [], function () { return f(this.$mt.random()); }),
    getrandbits: m('getrandbits', ['k'], function (k) { return getrandbits(this, k); }),
    _randbelow: m('_randbelow', ['n'], function (n) { return randbelow(this, toIndex(n)); }),
    randrange: m('randrange', ['start', 'stop=', 'step='], function (a, b, c) { return randrange(this, a, b, c); }, [None, ONE]),
    randint: m('randint', ['a', 'b'], function (a, b) { return randrange(this, a, pyAdd(b, 1), ONE); }),
    choice: m('choice', ['seq'], function (seq) {
      const n = len(seq);
      if (!n) throw pyErr(E.IndexError, 'Cannot choose from an empty sequence');
      return item(seq, randbelow(this, n));
    }),
    shuffle: m('shuffle', ['x'], function (x) {
      for (let i = len(x) - 1; i >= 1; i--) {
        const j = Number(randbelow(this, i + 1));
        if (Array.isArray(x) && !isTuple(x)) { const t = x[i]; x[i] = x[j]; x[j] = t; } else {
          const xi = getitem(x, i), xj = getitem(x, j);
          setitem(x, i, xj); setitem(x, j, xi);
        }
      }
      return None;
    }),
    sample: m('sample', ['population', 'k', '*', 'counts='], function (p, k, c) { return sample(this, p, k, c); }, [None]),
    choices: m('choices', ['population', 'weights=', '*', 'cum_weights=', 'k='], function (p, w, cw, k) {
      return choices(this, p, w, cw, k);
    }, [None, None, 1]),
    getstate: m('getstate', [], function () {
      return tuple([3, tuple(this.$mt.getState()), this.gauss_next]);
    }),
    setstate: m('setstate', ['state'], function (state) { setstate(this, state); return None; }),
    ...distributionMethods(m, rnd),
  };
}

function setstate(self: PyRandom, state: any) {
  const version = getitem(state, 0);
  if (version === 3 || version === 2) {
    const items = Array.from(iter(state));
    if (items.length !== 3) throw pyErr(E.ValueError, `too many values to unpack (expected 3)`);
    const internal = items[1];
    if (!isTuple(internal)) throw pyErr(E.TypeError, 'state vector must be a tuple');
    if (internal.length !== 625) throw pyErr(E.ValueError, 'state vector is the wrong size');
    const words = internal.slice(0, 624).map((w: any) => Number(BigInt.asUintN(32, big(toIndex(w)))));
    const index = Number(toIndex(internal[624]));
    if (index < 0 || index > 624) throw pyErr(E.ValueError, 'invalid state');
    self.$mt.setState(words, index);
    self.gauss_next = items[2];
    return;
  }
  throw pyErr(E.ValueError, `state with version ${version} passed to Random.setstate() of version 3`);
}

RandomClass = nativeClass({ name: 'Random', module: 'random', es: PyRandom, dict: methods() });
export { RandomClass };

/** The hidden instance behind the module-level functions. */
export const defaultRandom: PyRandom = new PyRandom();
defaultRandom.$mt.seedInt(0n);

/** Re-seed the module instance as the oracle does before each program: random.seed(0). */
export function resetRandom() { defaultRandom.$mt.seedInt(0n); defaultRandom.gauss_next = None; }
onProgramStart(resetRandom);

const EXPORTED = ['seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle',
  'choices', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss',
  'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits'];

registerModule('random', () => {
  const attrs: Record<string, any> = { Random: RandomClass, SystemRandom: RandomClass, TWOPI: f(TWOPI), NV_MAGICCONST: f(NV_MAGICCONST), LOG4: f(LOG4), SG_MAGICCONST: f(SG_MAGICCONST), BPF: 53, RECIP_BPF: f(2 ** -53) };
  for (const name of EXPORTED) attrs[name] = bindMethod(classLookup(RandomClass, name), defaultRandom);
  return attrs;
});
