// Kernel behaviour exercised the way translated code uses it.
import * as assert from 'assert';
import { makeClass } from '../../../src/runtime/py/classes';
import { def, call, callKw, kw } from '../../../src/runtime/py/call';
import { getattr, setattr, callMethod } from '../../../src/runtime/py/attrs';
import { None, typeOf, isInstance } from '../../../src/runtime/py/object';
import { E, pyErr } from '../../../src/runtime/py/exceptions';
import { makeSuper } from '../../../src/runtime/py/descriptors';
import '../../../src/runtime/py/objectDunders';

function pyErrorText(f: () => any): string {
  try { f(); } catch (e: any) { return `${e.$cls.$name}: ${e.args[0]}`; }
  return 'no error';
}

describe('runtime kernel', () => {
  it('classes: __init__, methods, inheritance, super()', () => {
    const Base = makeClass('Base', [], ns => {
      ns.__init__ = def(function __init__(self: any, x: any) { setattr(self, 'x', x); return None; }, { name: '__init__', qualname: 'Base.__init__', params: { args: ['self', 'x'] } });
      ns.show = def(function show(self: any) { return `Base(${getattr(self, 'x')})`; }, { name: 'show', qualname: 'Base.show', params: { args: ['self'] } });
    });
    let Derived: any;
    Derived = makeClass('Derived', [Base], ns => {
      ns.show = def(function show(self: any) { return 'D+' + callMethod(makeSuper(Derived, self), 'show'); }, { name: 'show', qualname: 'Derived.show', params: { args: ['self'] } });
    });
    const d = call(Derived, 7);
    assert.strictEqual(callMethod(d, 'show'), 'D+Base(7)');
    assert.strictEqual(typeOf(d), Derived);
    assert.ok(isInstance(d, Base));
    const bound = getattr(d, 'show');
    assert.strictEqual(bound(), 'D+Base(7)');
  });

  it('keyword binding gives CPython error messages', () => {
    const f = def(function f(a: any, b: any) { return [a, b]; }, { name: 'f', params: { args: ['a', 'b'] }, defaults: [2] });
    assert.deepStrictEqual(callKw(f, [1], kw({ b: 3 })), [1, 3]);
    assert.strictEqual(pyErrorText(() => callKw(f, [1], kw({ c: 3 }))), "TypeError: f() got an unexpected keyword argument 'c'");
    assert.strictEqual(pyErrorText(() => callKw(f, [1], kw({ a: 3 }))), "TypeError: f() got multiple values for argument 'a'");
    assert.strictEqual(pyErrorText(() => callKw(f, [], kw({ b: 3 }))), "TypeError: f() missing 1 required positional argument: 'a'");
  });

  it('missing attributes raise AttributeError with CPython wording', () => {
    const C = makeClass('C', [], () => {});
    const c = call(C);
    assert.strictEqual(pyErrorText(() => getattr(c, 'nope')), "AttributeError: 'C' object has no attribute 'nope'");
    assert.strictEqual(pyErrorText(() => getattr('s', 'nope')), "AttributeError: 'str' object has no attribute 'nope'");
    assert.strictEqual(pyErrorText(() => getattr(None, 'x')), "AttributeError: 'NoneType' object has no attribute 'x'");
    assert.strictEqual(pyErrorText(() => getattr(c, 'constructor')), "AttributeError: 'C' object has no attribute 'constructor'");
  });

  it('user exceptions subclass builtin ones', () => {
    const MyErr = makeClass('MyErr', [E.ValueError], () => {});
    const e = call(MyErr, 'boom');
    assert.ok(isInstance(e, E.Exception));
    assert.strictEqual(callMethod(e, '__str__'), 'boom');
    assert.strictEqual(pyErr(E.KeyError, 'k').args[0], 'k');
  });
});
