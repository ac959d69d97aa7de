// The `$` object handed to translated code: a plain object with every helper of api.ts.
import * as assert from 'assert';
import * as apiNamespace from '../../src/runtime/api';
import { api } from '../../src/runtime/program';

describe('program: the $ helper object', () => {
  it('holds exactly the helpers api.ts exports, as own data properties (no getters)', () => {
    assert.deepStrictEqual(Object.keys(api).sort(), Object.keys(apiNamespace).sort());
    for (const k of Object.keys(apiNamespace)) {
      const d = Object.getOwnPropertyDescriptor(api, k)!;
      assert.ok('value' in d, `${k} is a data property`);
      assert.strictEqual(d.value, (apiNamespace as any)[k], k);
    }
  });
});
