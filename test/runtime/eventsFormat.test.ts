// reprlib.repr() as asyncio's reprs and the trace use it: truncation of long reprs, with and
// without characters outside the BMP, compared with CPython's reprlib.
import * as assert from 'assert';
import { python } from './py/_oracle';
import { reprlibRepr } from '../../src/runtime/eventsFormat';
import { call } from '../../src/runtime/py/call';
import { containerBuiltins as B } from '../../src/runtime/py/builtinsContainers';
import { bytes } from '../../src/runtime/py/bytes';

describe('eventsFormat: reprlib.repr', () => {
  it('truncates like CPython: long str, int, bytes, and a repr with astral characters', () => {
    const pyExprs = ["'a' * 50", '10 ** 50', "b'x' * 40", "slice('\\U0001F600' * 20)", "slice('ab' * 20)", "b'short'", '12345'];
    const expected = python(`import reprlib\n${pyExprs.map(e => `print(reprlib.repr(${e}))`).join('\n')}\n`).trimEnd().split('\n');
    const got = [
      reprlibRepr('a'.repeat(50)),
      reprlibRepr(10n ** 50n),
      reprlibRepr(bytes(new Array(40).fill(120))),
      reprlibRepr(call(B.slice, '\u{1F600}'.repeat(20))),
      reprlibRepr(call(B.slice, 'ab'.repeat(20))),
      reprlibRepr(bytes([115, 104, 111, 114, 116])),
      reprlibRepr(12345),
    ];
    assert.deepStrictEqual(got, expected);
  });
});
