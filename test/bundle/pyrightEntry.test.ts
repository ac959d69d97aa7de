// dist/pyright.js's entry: the Pyright modules parserPyright.ts asks for, and a side-effect-free warm-up.
import * as assert from 'assert';
import { get, warmUp } from '../../src/bundle/pyrightEntry';

describe('pyright bundle entry', () => {
  it('serves exactly the modules parserPyright.ts requires, and names a missing one', () => {
    assert.strictEqual(typeof get('@zzzen/pyright-internal/dist/parser/parser').Parser, 'function');
    assert.strictEqual(typeof get('@zzzen/pyright-internal/dist/common/diagnosticSink').DiagnosticSink, 'function');
    assert.strictEqual(typeof get('@zzzen/pyright-internal/dist/parser/tokenizer').Tokenizer, 'function');
    assert.strictEqual(typeof get('@zzzen/pyright-internal/dist/common/positionUtils').convertPositionToOffset, 'function');
    assert.strictEqual(typeof get('@zzzen/pyright-internal/dist/localization/localize').Localizer, 'object');
    assert.throws(() => get('@zzzen/pyright-internal/dist/analyzer/checker'), /does not bundle .*checker/);
  });

  it('warmUp parses without throwing, and parsing still works afterwards', () => {
    warmUp();
    const { parse } = require('../../src/translator/parser');
    assert.ok(parse('x = 1\n', 'x.py').module, 'parse() still returns a module');
  });
});
