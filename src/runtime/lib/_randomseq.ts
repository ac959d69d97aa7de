// random.sample and random.choices (CPython 3.11 Lib/random.py), split from random.ts.
import { E, pyErr } from '../py/exceptions';
import { iter } from '../py/protocols';
import { Int, big, normInt, toIndex, toF, f, intCmp, isInt } from './_num';
import { fm } from './_fmath';
import { pyAdd, pyLt, isSequence, pyLen as len } from './_rt';
import { PyRandom, randbelow, rnd, item } from './random';
import { None } from '../py/object';

function bisectRight(a: any[], x: any, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pyLt(x, a[mid])) hi = mid; else lo = mid + 1;
  }
  return lo;
}

function accumulate(xs: any): any[] {
  const out: any[] = [];
  let acc: any;
  for (const x of iter(xs)) { acc = out.length ? pyAdd(acc, x) : x; out.push(acc); }
  return out;
}

export function sample(self: PyRandom, population: any, k: any, counts: any): any[] {
  if (!isSequence(population)) throw pyErr(E.TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  const n = len(population);
  if (counts !== None) {
    const cum = accumulate(counts);
    if (cum.length !== n) throw pyErr(E.ValueError, 'The number of counts does not match the population');
    const total = cum.pop();
    if (!isInt(total) && typeof total !== 'boolean') throw pyErr(E.TypeError, 'Counts must be integers');
    if (intCmp(big(total), 0) <= 0) throw pyErr(E.ValueError, 'Total of counts must be greater than zero');
    const sel = sampleRange(self, big(total), k);
    return sel.map(s => item(population, bisectRight(cum, s, 0, cum.length)));
  }
  const kk = toIndex(k);
  if (!(intCmp(kk, 0) >= 0 && intCmp(kk, n) <= 0)) throw pyErr(E.ValueError, 'Sample larger than population or is negative');
  const K = Number(kk);
  const result = new Array(K);
  let setsize = 21;
  if (K > 5) setsize += 4 ** Math.ceil(fm.log(K * 3) / fm.log(4));
  if (n <= setsize) {
    const pool = Array.isArray(population) ? population.slice() : Array.from(iter(population));
    for (let i = 0; i < K; i++) {
      const j = Number(randbelow(self, n - i));
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < K; i++) {
      let j = Number(randbelow(self, n));
      while (selected.has(j)) j = Number(randbelow(self, n));
      selected.add(j);
      result[i] = item(population, j);
    }
  }
  return result;
}

/** self.sample(range(total), k) without materialising the range. */
function sampleRange(self: PyRandom, total: bigint, k: any): Int[] {
  const n = total;
  const kk = toIndex(k);
  if (!(intCmp(kk, 0) >= 0 && intCmp(kk, normInt(n)) <= 0)) throw pyErr(E.ValueError, 'Sample larger than population or is negative');
  const K = Number(kk);
  let setsize = 21;
  if (K > 5) setsize += 4 ** Math.ceil(fm.log(K * 3) / fm.log(4));
  const out: Int[] = [];
  if (n <= BigInt(setsize)) {
    const N = Number(n);
    const pool = Array.from({ length: N }, (_, i) => i);
    for (let i = 0; i < K; i++) {
      const j = Number(randbelow(self, N - i));
      out.push(pool[j]);
      pool[j] = pool[N - i - 1];
    }
  } else {
    const N = normInt(n);
    const selected = new Set<string>();
    for (let i = 0; i < K; i++) {
      let j = randbelow(self, N);
      while (selected.has(String(j))) j = randbelow(self, N);
      selected.add(String(j));
      out.push(j);
    }
  }
  return out;
}

export function choices(self: PyRandom, population: any, weights: any, cumWeights: any, k: any): any[] {
  const n = len(population);
  const K = Number(toIndex(k));
  const out: any[] = [];
  if (cumWeights === None) {
    if (weights === None) {
      for (let i = 0; i < K; i++) out.push(item(population, Math.floor(rnd(self) * n)));
      return out;
    }
    try { cumWeights = accumulate(weights); } catch (e: any) {
      if (e?.$cls === E.TypeError && isInt(weights)) throw pyErr(E.TypeError, `The number of choices must be a keyword argument: k=${weights}`);
      throw e;
    }
  } else if (weights !== None) {
    throw pyErr(E.TypeError, 'Cannot specify both weights and cumulative weights');
  } else {
    cumWeights = Array.isArray(cumWeights) ? cumWeights : Array.from(iter(cumWeights));
  }
  if (cumWeights.length !== n) throw pyErr(E.ValueError, 'The number of weights does not match the population');
  const total = toF(cumWeights[cumWeights.length - 1]);
  if (total <= 0.0) throw pyErr(E.ValueError, 'Total of weights must be greater than zero');
  if (!isFinite(total)) throw pyErr(E.ValueError, 'Total of weights must be finite');
  const hi = n - 1;
  for (let i = 0; i < K; i++) out.push(item(population, bisectRight(cumWeights, f(rnd(self) * total), 0, hi)));
  return out;
}

