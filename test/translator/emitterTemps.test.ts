// emitterTemps: which calls are coroutine temporaries, the line CPython gives the end of an
// except block, whether a block may keep its exception, and the emitted release points.
import * as assert from 'assert';
import { parse } from '../../src/translator/parser';
import { translate } from '../../src/translator/translate';
import type * as A from '../../src/translator/ast';
import { exitLine, isCoroutineCall, keepsException } from '../../src/translator/emitterTemps';
import type { ModuleEmitter } from '../../src/translator/emitterContext';

function handler(src: string): A.ExceptHandler {
  const m = parse(src, 't.py').module;
  const t = m.body.find((s) => s._type === 'Try') as A.Try;
  return t.handlers[0];
}
const tryWith = (body: string) => `try:\n    pass\nexcept E as e:\n${body.replace(/^/gm, '    ')}\n`;

function js(src: string): string {
  const r = translate(src, 'test.py');
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  return r.code;
}

describe('translator/emitterTemps', () => {
  it('exitLine: the single predecessor\'s line, -1 where paths join, null without fall-through', () => {
    // Each expectation was checked against CPython 3.11 (a warning emitted by the cleanup code).
    assert.strictEqual(exitLine(handler(tryWith('a()\nb()')).body), 5);
    assert.strictEqual(exitLine(handler(tryWith('if x:\n    a()')).body), -1);
    assert.strictEqual(exitLine(handler(tryWith('if x:\n    raise V\nelse:\n    a()')).body), 7);
    assert.strictEqual(exitLine(handler(tryWith('for i in r:\n    a()')).body), 4);
    assert.strictEqual(exitLine(handler(tryWith('for i in r:\n    if i:\n        break')).body), -1);
    assert.strictEqual(exitLine(handler(tryWith('while True:\n    break')).body), 5);
    assert.strictEqual(exitLine(handler(tryWith('while x:\n    a()')).body), -1);
    assert.strictEqual(exitLine(handler(tryWith('with m:\n    pass')).body), -1);
    assert.strictEqual(exitLine(handler(tryWith('try:\n    a()\nfinally:\n    b()')).body), 7);
    assert.strictEqual(exitLine(handler(tryWith('return 1')).body), null);
    assert.strictEqual(exitLine(handler(tryWith('match x:\n    case 1:\n        pass')).body), undefined);
  });

  it('keepsException: only reads that cannot store the exception are safe', () => {
    const keeps = (body: string) => { const h = handler(tryWith(body)); return keepsException(h.body, h.name); };
    assert.strictEqual(keeps('print("E:", e)'), false);
    assert.strictEqual(keeps('print(f"{e!r} {type(e).__name__} {e.args}")'), false);
    assert.strictEqual(keeps('errors.append(e)'), true);
    assert.strictEqual(keeps('raise X from e'), true);
    assert.strictEqual(keeps('saved = e'), true);
    assert.strictEqual(keeps('cb = lambda: e'), true);
    assert.strictEqual(keeps('info = sys.exc_info()'), true);
  });

  it('isCoroutineCall: calls of this file\'s async defs and asyncio.sleep', () => {
    const m = { source: 'async def work(): pass\nclass C:\n    async def meth(self): pass\n' } as ModuleEmitter;
    const call = (src: string) => (parse(src, 't.py').module.body[0] as A.ExprStmt).value;
    assert.ok(isCoroutineCall(m, call('work(1)')));
    assert.ok(isCoroutineCall(m, call('self.meth()')));
    assert.ok(isCoroutineCall(m, call('asyncio.sleep(1)')));
    assert.ok(!isCoroutineCall(m, call('other(1)')));
    assert.ok(!isCoroutineCall(m, call('work(*a)')));
  });

  it('emits the consumers and the end of the except block', () => {
    const code = js('import asyncio\nasync def f(): pass\nprint(f() is f())\ntry:\n    asyncio.run(f())\nexcept RuntimeError as e:\n    print(e)\n');
    assert.ok(code.includes('$.opT($.is, $.callFresh((G.f ?? $.nameError("f"))), $.callFresh((G.f ?? $.nameError("f"))), 3, "test.py")'), code);
    assert.ok(code.includes('$.callT(5, "test.py", $.getattr((G.asyncio ?? $.nameError("asyncio")), "run"), $.callFresh('), code);
    assert.ok(code.includes('$.excDone($exc, 7, "test.py");'), code);
    assert.ok(js('async def f(): pass\nif f():\n    pass\n').includes('if ($.truthyT($.callFresh((G.f ?? $.nameError("f"))), 2, "test.py"))'));
    // Nothing to release when the try body passes no coroutine temporary.
    assert.ok(!js('try:\n    g()\nexcept E as e:\n    print(e)\n').includes('excDone'));
  });
});
