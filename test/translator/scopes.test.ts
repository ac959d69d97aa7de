// Symbol tables: compared with CPython's `symtable` module (when python3 is available) and with
// hand-written expectations for the rules the emitter relies on.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { parse } from '../../src/translator/parser';
import { buildSymbolTable, type Scope, type SymbolTable } from '../../src/translator/scopes';

const SNIPPETS: Record<string, string> = {
  closure: 'def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n',
  classmeth: 'x = 0\nclass C:\n    x = 1\n    y = x\n    def m(self):\n        return x\n    def n(self):\n        return __class__\n' +
    '    z = [x for _ in range(3)]\n    w = [i for i in range(x)]\n',
  classfree: 'def f():\n    a = 1\n    class C:\n        a = 2\n        def g(self): return a\n        b = a\n    return C\n',
  walrus: 'def f(xs):\n    ys = [(last := x) for x in xs]\n    return last, ys\ndef g(xs):\n    global t\n    return [(t := x) for x in xs]\n' +
    'lambda: [[(q := j) for j in i] for i in range(2)]\n',
  nestedComp: 'def f(m):\n    return [[x * y for y in row] for row in m for x in row if x]\ngen = (a for a in range(3) if a)\n' +
    'd = {k: v for k, v in {}.items()}\ns = {i for i in []}\n',
  globals: 'def f():\n    global a, b\n    a = 1\n    def g():\n        return a + b + c\n    c = 2\n    return g\n',
  params: 'def f(a, /, b, *args, c, d=1, **kw):\n    def g(): return a, b, args, c, d, kw\n    return g\nlam = lambda x, *y, z=3, **w: (x, y, z, w)\n',
  imports: 'import os.path\nimport a.b.c as d\nfrom m import n, o as p\ndef f():\n    import json\n    from x import y as z\n    return json, z, os\n',
  tryWithMatch: 'def f(v):\n    try:\n        pass\n    except Exception as e:\n        def g(): return e\n    with open(v) as fh, open(v) as (a, b):\n        pass\n' +
    '    match v:\n        case [x, *rest]: pass\n        case {"k": kk, **others}: pass\n        case P(q, r=rr) | P(q, rr) as whole: pass\n    del fh\n',
  asyncs: 'async def f(xs):\n    r = [await x for x in xs]\n    async for i in xs:\n        pass\n    g = (await y async for y in xs)\n' +
    '    return [z async for z in xs]\nasync def agen():\n    yield 1\n',
  superNested: 'class A:\n    def m(self):\n        def inner():\n            return super()\n        return inner\n    class B:\n        def n(self): return __class__\n',
  mangled: 'class C:\n    __x = 1\n    def m(self, __y):\n        __z = self.__x\n        return __y, __z, __w__\n    class __D:\n        pass\n',
  deletedCell: 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        del x\n    return g\n',
  annotations: 'x: int = 1\ny: str\ndef f():\n    a: int\n    b: int = 2\n    (c): int = 3\n    return b\nclass K:\n    f: int\n    g: list = []\n',
  lambdaDefaults: 'def f(a=lambda: 1, *, b=lambda x: x):\n    return (lambda: a)()\n',
  compClassCell: 'def f():\n    x = 1\n    class C:\n        y = [x for _ in range(2)]\n        def m(self): return [super() for _ in ()]\n    return C\n',
  deepFree: 'def a():\n    v = 1\n    def b():\n        def c():\n            def d():\n                return v\n            return d\n        return c\n    return b\n',
};

interface Dump { type: string; name: string; symbols: Record<string, string>; children: Dump[] }

function table(src: string): SymbolTable {
  const { module, errors } = parse(src, '<test>');
  assert.deepStrictEqual(errors, []);
  return buildSymbolTable(module);
}

function dump(s: Scope): Dump {
  const symbols: Record<string, string> = {};
  for (const [k, v] of [...s.scopes].sort(([a], [b]) => (a < b ? -1 : 1))) symbols[k] = v;
  return { type: s.type, name: s.name, symbols, children: s.children.map(dump) };
}

const PY_DUMP = `
import symtable, json, sys
names = {1: 'local', 2: 'global_explicit', 3: 'global_implicit', 4: 'free', 5: 'cell'}
def dump(t):
    syms = {s.get_name(): names[s._Symbol__scope] for s in t.get_symbols()}
    return {"type": t.get_type(), "name": t.get_name(), "symbols": dict(sorted(syms.items())),
            "children": [dump(c) for c in t.get_children()]}
out = {k: dump(symtable.symtable(v, "<test>", "exec")) for k, v in json.load(sys.stdin).items()}
print(json.dumps(out))
`;

function cpythonTables(): Record<string, Dump> | null {
  const r = spawnSync('python3', ['-c', PY_DUMP], { input: JSON.stringify(SNIPPETS), encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout) return null;
  return JSON.parse(r.stdout);
}

function find(s: Scope, path: string[]): Scope {
  let cur = s;
  for (const name of path) {
    const next = cur.children.find((c) => c.name === name);
    assert.ok(next, `no scope ${name} under ${cur.name}`);
    cur = next;
  }
  return cur;
}

describe('translator symbol tables', () => {
  describe('match CPython symtable', function () {
    const expected = cpythonTables();
    for (const [name, src] of Object.entries(SNIPPETS)) {
      it(name, function () {
        if (!expected) this.skip();
        assert.deepStrictEqual(dump(table(src).top), expected![name]);
      });
    }
  });

  it('closures: captured locals are cells, nonlocal names free', () => {
    const t = table(SNIPPETS.closure);
    const outer = find(t.top, ['outer']);
    assert.strictEqual(outer.lookup('x'), 'cell');
    assert.strictEqual(find(outer, ['inner']).lookup('x'), 'free');
  });

  it('class scopes do not leak into methods', () => {
    const c = find(table(SNIPPETS.classmeth).top, ['C']);
    assert.strictEqual(c.lookup('x'), 'local');
    assert.strictEqual(find(c, ['m']).lookup('x'), 'global_implicit');
    assert.strictEqual(find(c, ['n']).lookup('__class__'), 'free');
    assert.strictEqual(c.needsClassClosure, true);
  });

  it('comprehensions are scopes; their first iterable is not', () => {
    const t = table('def f(xs, ys):\n    return [x for x in xs for y in ys]\n');
    const comp = find(t.top, ['f', 'listcomp']);
    assert.strictEqual(comp.coName, '<listcomp>');
    assert.strictEqual(comp.lookup('xs'), undefined);
    assert.strictEqual(comp.lookup('ys'), 'free');
    assert.strictEqual(comp.lookup('x'), 'local');
  });

  it('walrus in a comprehension binds in the enclosing function', () => {
    const f = find(table(SNIPPETS.walrus).top, ['f']);
    assert.strictEqual(f.lookup('last'), 'cell');
    assert.strictEqual(find(f, ['listcomp']).lookup('last'), 'free');
  });

  it('mangles private names inside classes', () => {
    const c = find(table(SNIPPETS.mangled).top, ['C']);
    assert.ok(c.scopes.has('_C__x'));
    assert.ok(c.scopes.has('_C__D'));
    const m = find(c, ['m']);
    assert.deepStrictEqual(m.params, ['self', '_C__y']);
    assert.ok(m.scopes.has('__w__'));
  });

  it('marks generators and coroutines', () => {
    const t = table(SNIPPETS.asyncs);
    assert.strictEqual(find(t.top, ['f']).isCoroutine, true);
    const agen = find(t.top, ['agen']);
    assert.strictEqual(agen.isCoroutine && agen.isGenerator, true);
    assert.strictEqual(find(t.top, ['f', 'genexpr']).isGenerator, true);
  });

  it('reports CPython symtable errors', () => {
    const errs = (src: string) => {
      const { module } = parse(src, '<test>');
      return buildSymbolTable(module).errors.map((e) => `${e.lineno}: ${e.message}`);
    };
    assert.deepStrictEqual(errs('def f(x):\n    global x\n'), ["2: name 'x' is parameter and global"]);
    assert.deepStrictEqual(errs('def f():\n    x = 1\n    global x\n'), ["3: name 'x' is assigned to before global declaration"]);
    assert.deepStrictEqual(errs('def f():\n    nonlocal y\n'), ["2: no binding for nonlocal 'y' found"]);
    assert.deepStrictEqual(errs('def f():\n    from m import *\n'), ['2: import * only allowed at module level']);
  });
});
