// Source maps: the lookup rules, and real V8 stack positions of translated code mapped back to the
// Python ranges CPython 3.11 underlines in its tracebacks (checked against python3 by hand).
import * as assert from 'assert';
import * as vm from 'vm';
import { lookup, type SourceMap } from '../../src/translator/sourcemap';
import { translate } from '../../src/translator/translate';
import type { MapEntry, PyPosition } from '../../src/translator/sourcemap';

function entry(line: number, col: number, endLine: number, endCol: number, size: number, lineno: number, scope = 's'): MapEntry {
  return { line, col, endLine, endCol, size, lineno, col_offset: 0, end_lineno: lineno, end_col_offset: 1, scope };
}

/** Python positions (innermost frame first) of the translated frames when stub helper `fail` throws. */
function framesAt(source: string, fail: string, extra: Record<string, unknown> = {}): PyPosition[] {
  const t = translate(source, 'prog.py');
  assert.ok(t.ok, JSON.stringify(t.diagnostics));
  let sites: NodeJS.CallSite[] = [];
  const capture = () => {
    const holder: { stack?: NodeJS.CallSite[] } = {};
    const prev = Error.prepareStackTrace;
    Error.prepareStackTrace = (_e, cs) => cs;
    Error.captureStackTrace(holder);
    sites = holder.stack!;
    Error.prepareStackTrace = prev;
    return new Error('stub failure');
  };
  const $: Record<string, unknown> = {
    None: null, def: (f: unknown) => f, call: (f: (...a: unknown[]) => unknown, ...a: unknown[]) => f(...a),
    iter: (x: unknown) => x, iadd: (a: number, b: number) => a + b, tuple: (a: unknown) => a, dict: () => ({}),
    nameError: (n: string) => { throw new Error(`NameError ${n}`); }, local: (v: unknown) => v,
    argError: () => capture(), tick: () => undefined, discard: (v: unknown) => v, ...extra,
  };
  $[fail] = () => { throw capture(); };
  const script = new vm.Script(`(function ($, G) {\n${t.code}\n})`, { filename: 'py:test' });
  try {
    script.runInThisContext()($, { print: (x: unknown) => x });
  } catch { /* expected */ }
  const map: SourceMap = { ...t.map, lineOffset: 1 };
  return sites.filter((s) => s.getFileName() === 'py:test')
    .map((s) => lookup(map, s.getLineNumber()!, s.getColumnNumber()!))
    .filter((p): p is PyPosition => p !== undefined);
}

const at = (p: PyPosition) => `${p.scope}:${p.lineno}:${p.col_offset}-${p.end_lineno}:${p.end_col_offset}`;

describe('translator source maps', () => {
  it('picks the smallest entry containing the position', () => {
    const map: SourceMap = {
      file: 'x.py', lineOffset: 2,
      entries: [entry(1, 0, 3, 1, 100, 1), entry(2, 4, 2, 20, 16, 2), entry(2, 8, 2, 12, 4, 3)],
    };
    assert.strictEqual(lookup(map, 4, 10)?.lineno, 3); // line 2, col 9 (V8 columns are 1-based)
    assert.strictEqual(lookup(map, 4, 6)?.lineno, 2);
    assert.strictEqual(lookup(map, 5, 1)?.lineno, 1);
    assert.strictEqual(lookup(map, 4, 21)?.lineno, 1); // end is exclusive
    assert.strictEqual(lookup(map, 1, 1), undefined); // wrapper line
    assert.strictEqual(lookup({ ...map, lineOffset: 0 }, 2, 10)?.lineno, 3);
  });

  it('maps a failing operator, and each caller to its call', () => {
    const src = 'def divide(a, b):\n    return a / b\n\ndef compute(values):\n    total = 0\n    for v in values:\n' +
      '        total += divide(10, v)\n    return total\n\nprint(compute([0]))\n';
    assert.deepStrictEqual(framesAt(src, 'truediv').map(at), [
      'divide:2:11-2:16', 'compute:7:17-7:30', '<module>:10:6-10:18',
    ]);
  });

  it('names comprehension frames and maps the comprehension call in the caller', () => {
    const src = 'def get(d, k):\n    return d[k]\nitems = [get({}, k) for k in "a"]\n';
    assert.deepStrictEqual(framesAt(src, 'getitem').map(at), [
      'get:2:11-2:15', '<listcomp>:3:9-3:19', '<module>:3:8-3:33',
    ]);
  });

  it('maps lambdas and methods by their code names', () => {
    const src = 'class K:\n    def m(self, x):\n        f = lambda y: y.attr\n        return f(x)\nK.m(None, 1)\n';
    const frames = framesAt(src, 'getattr', {
      makeClass: (_n: string, _b: unknown, body: (ns: Record<string, unknown>) => void) => {
        const ns: Record<string, unknown> = {};
        body(ns);
        return ns;
      },
      callMethod: (o: Record<string, (...a: unknown[]) => unknown>, name: string, ...a: unknown[]) => o[name](...a),
    });
    assert.deepStrictEqual(frames.map((p) => p.scope), ['<lambda>', 'm', '<module>']);
    assert.strictEqual(at(frames[0]), '<lambda>:3:22-3:28');
  });

  it('maps a coroutine suspended in `await` to the await expression', () => {
    const t = translate('async def main():\n    x = 1\n    return await g(x)\n', 'a.py');
    let sites: NodeJS.CallSite[] = [];
    const delegate = {
      next: () => ({ done: false, value: 'pending' }),
      throw: (e: unknown) => {
        const holder: { stack?: NodeJS.CallSite[] } = {};
        const prev = Error.prepareStackTrace;
        Error.prepareStackTrace = (_e, cs) => cs;
        Error.captureStackTrace(holder);
        sites = holder.stack!;
        Error.prepareStackTrace = prev;
        throw e;
      },
      [Symbol.iterator]() { return this; },
    };
    const $ = {
      None: null, def: (f: unknown) => f, call: (f: (...a: unknown[]) => unknown, ...a: unknown[]) => f(...a),
      coroutine: (_f: unknown, body: Generator) => body, await: () => delegate, tick: () => undefined,
    };
    const G: Record<string, any> = { g: (x: unknown) => x };
    new vm.Script(`(function ($, G) {\n${t.code}\n})`, { filename: 'py:await' }).runInThisContext()($, G);
    const gen = G.main();
    gen.next();
    assert.throws(() => gen.throw(new Error('cancelled')));
    const frames = sites.filter((c) => c.getFileName() === 'py:await')
      .map((c) => lookup({ ...t.map, lineOffset: 1 }, c.getLineNumber()!, c.getColumnNumber()!));
    assert.deepStrictEqual(frames, [{ lineno: 3, col_offset: 11, end_lineno: 3, end_col_offset: 21, scope: 'main' }]);
  });

  it('flags argument-binding prologues', () => {
    const frames = framesAt('def f(a):\n    return a\nf()\n', 'unused');
    assert.strictEqual(frames[0].scope, 'f');
    assert.strictEqual(frames[0].prologue, true);
    assert.strictEqual(at(frames[1]), '<module>:3:0-3:3');
  });

  it('maps every statement line of a function body', () => {
    const t = translate('async def main():\n    x = 1\n    await g(x)\n    return x\n', 'a.py');
    const lines = t.code.split('\n');
    const scopeOf = (needle: string) => {
      const i = lines.findIndex((l) => l.includes(needle));
      const col = lines[i].indexOf(needle);
      return lookup({ ...t.map, lineOffset: 0 }, i + 1, col + 1);
    };
    assert.deepStrictEqual(scopeOf('x = 1'), { lineno: 2, col_offset: 4, end_lineno: 2, end_col_offset: 9, scope: 'main' });
    assert.deepStrictEqual(scopeOf('yield*'), { lineno: 3, col_offset: 4, end_lineno: 3, end_col_offset: 14, scope: 'main' });
  });
  it('records caret anchors of one-line operators and subscripts, and where a method callee ends', () => {
    const src = 'def f(d, k, n):\n    return d[k] + n\nf({}, 1, 2)\n';
    const frames = framesAt(src, 'add', { getitem: () => 1 });
    assert.deepStrictEqual(frames[0].anchor, { kind: 'binop', left: 15, right: 18 });
    assert.deepStrictEqual(framesAt('def g(x):\n    x["k"]\ng(1)\n', 'getitem')[0].anchor, { kind: 'subscript', left: 5, right: 9 });
    assert.strictEqual(framesAt('def h(a, b):\n    return (a +\n            b)\nh(1, 2)\n', 'add')[0].anchor, undefined);
    const calls = framesAt('def m(log):\n    log.write("x")\nm(None)\n', 'callMethod');
    assert.deepStrictEqual(calls[0].calleeEnd, [2, 13]);
  });
});
