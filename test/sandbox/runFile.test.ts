// The CLI's sandboxed run: a notebook's per-cell traces are joined as JSON text, never decoded.
import * as assert from 'assert';
import { joinJsonArrays } from '../../src/sandbox/runFile';

describe('sandbox/runFile', () => {
  it('joins JSON array texts into one array text', () => {
    const parts = [JSON.stringify([{ k: 'task', id: 1 }]), '[]', JSON.stringify([{ k: 'step', id: 1 }, { k: 'done', id: 1 }])];
    assert.deepStrictEqual(JSON.parse(joinJsonArrays(parts)), [{ k: 'task', id: 1 }, { k: 'step', id: 1 }, { k: 'done', id: 1 }]);
    assert.strictEqual(joinJsonArrays([]), '[]');
    assert.strictEqual(joinJsonArrays(['[]', ' [ ] ']), '[]');
  });
});
