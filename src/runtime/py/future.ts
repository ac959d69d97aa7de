// Relative imports (no packages exist: CPython's ImportError in __main__) and the `__future__`
// module, which `from __future__ import annotations` really imports.
import { None, tuple, nativeClass, defineMethods } from './object';
import { E, pyErr } from './exceptions';
import { registerModule, PyModule } from './modules';
import { recordRaise } from './traceback';
import { repr } from './protocols';

/** `from . import x` / `from ..m import x` in the main module. */
export function importRelative(_module: string, _level: number): PyModule {
  const e = pyErr(E.ImportError, 'attempted relative import with no known parent package');
  recordRaise(e, importRelative);
  throw e;
}

const FeatureClass = nativeClass({ name: '_Feature', module: '__future__' });
defineMethods(FeatureClass, {
  getOptionalRelease(this: any) { return this.optional; },
  getMandatoryRelease(this: any) { return this.mandatory; },
  __repr__(this: any) { return `_Feature${repr(tuple([this.optional, this.mandatory, this.compiler_flag]))}`; },
});

function feature(optional: any[], mandatory: any[] | null, flag: number) {
  const f: any = Object.create(FeatureClass.prototype);
  f.optional = tuple(optional);
  f.mandatory = mandatory === null ? None : tuple(mandatory);
  f.compiler_flag = flag;
  return f;
}

registerModule('__future__', () => {
  const features: Record<string, any> = {
    nested_scopes: feature([2, 1, 0, 'beta', 1], [2, 2, 0, 'alpha', 0], 0x0010),
    generators: feature([2, 2, 0, 'alpha', 1], [2, 3, 0, 'final', 0], 0),
    division: feature([2, 2, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 0x20000),
    absolute_import: feature([2, 5, 0, 'alpha', 1], [3, 0, 0, 'alpha', 0], 0x40000),
    with_statement: feature([2, 5, 0, 'alpha', 1], [2, 6, 0, 'alpha', 0], 0x80000),
    print_function: feature([2, 6, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 0x100000),
    unicode_literals: feature([2, 6, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 0x200000),
    barry_as_FLUFL: feature([3, 1, 0, 'alpha', 2], [4, 0, 0, 'alpha', 0], 0x400000),
    generator_stop: feature([3, 5, 0, 'beta', 1], [3, 7, 0, 'alpha', 0], 0x800000),
    annotations: feature([3, 7, 0, 'beta', 1], null, 0x1000000),
  };
  return {
    all_feature_names: Object.keys(features),
    ...features,
    CO_NESTED: 0x0010, CO_GENERATOR_ALLOWED: 0, CO_FUTURE_DIVISION: 0x20000,
    CO_FUTURE_ABSOLUTE_IMPORT: 0x40000, CO_FUTURE_WITH_STATEMENT: 0x80000,
    CO_FUTURE_PRINT_FUNCTION: 0x100000, CO_FUTURE_UNICODE_LITERALS: 0x200000,
    CO_FUTURE_BARRY_AS_BDFL: 0x400000, CO_FUTURE_GENERATOR_STOP: 0x800000,
    CO_FUTURE_ANNOTATIONS: 0x1000000,
  };
});
