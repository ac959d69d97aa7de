// Python literal text for JS test values (str, int, float, tuple, list, None, bool).
import { None, PyFloat, isTuple } from '../../../src/runtime/py/object';
import { PyDict } from '../../../src/runtime/py/dict';
import { PySlice } from '../../../src/runtime/py/slice';

export function lit(v: any): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === None) return 'None';
  if (v instanceof PyFloat) return Number.isInteger(v.v) ? `${v.v}.0` : String(v.v);
  if (isTuple(v)) return v.length === 1 ? `(${lit(v[0])},)` : `(${v.map(lit).join(', ')})`;
  if (Array.isArray(v)) return `[${v.map(lit).join(', ')}]`;
  if (v instanceof PyDict) return `{${[...v.$entries()].map(([k, x]) => `${lit(k)}: ${lit(x)}`).join(', ')}}`;
  if (v instanceof PySlice) return `slice(${lit(v.start)}, ${lit(v.stop)}, ${lit(v.step)})`;
  throw new Error('no literal for ' + String(v));
}
