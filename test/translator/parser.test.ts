// parse() must produce exactly what CPython 3.11's `ast.parse` produces: every snippet below is
// dumped by python3 (`ast.dump(..., include_attributes=True)`) and by our dump(), which mimics
// ast.dump on our node objects (field order included, columns converted to UTF-8 bytes).

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { parse } from '../../src/translator/parser';
import { walk, type Node } from '../../src/translator/ast';

const CORPUS: Record<string, string> = {
  funcs: 'def f(a, b=1, *args, c, d=2, **kwargs):\n    return a\n',
  posonly: 'def g(a, b=2, /, c=3, *, d, e=5, **k) -> int:\n    pass\n',
  posonly2: 'def h(x, /):\n    ...\ndef k(*, a): pass\n',
  annotated: 'def f(a: int, *b: str, c: "x" = 1, **d: float) -> None: pass\n',
  lambdas: 'f = lambda: 0\ng = lambda x, /, y=1, *a, z, **k: (x, y)\nh = lambda *, a=1: a\n',
  decorators: '@dec\n@dec2(1, k=2)\n@a.b.c\ndef f(): pass\n\n@dataclass\nclass C: pass\n',
  classes: 'class A(B, C, metaclass=M, **kw):\n    """doc"""\n    x: int = 1\n    def m(self): return self.x\n',
  asyncs: 'async def main():\n    await x\n    async for a in b:\n        pass\n    else:\n        pass\n    async with a as b, c:\n        pass\n',
  asyncComps: 'async def f():\n    [x async for x in y]\n    {k: v async for k, v in z if k}\n    {s async for s in t}\n    (g async for g in h)\n    [await a for a in b]\n',
  generators: 'def gen():\n    yield\n    yield 1\n    x = yield 2\n    yield from g()\n    y = (yield)\n    return (yield a, b)\n',
  fstrings: 'x = f"a{b!r:>{w}.{p}f} c{d=}" "e" f"{g}"\ny = f"{a!s}{b!a:x}{c:{d}}"\nz = f"{{x}}{y:}{ z }"\n',
  fstrings2: "a = f'{x=!s:>10}'\nb = f'''multi\n{y\n}'''\nc = f'{\"q\"}' 'w'\nd = u'a' 'b'\ne = f'{a}' u'x'\n",
  fstrings3: 'x = (f"a{b}"\n     f"c{d:e}")\ny = f"{a:{b}x}" "z"\nz = f"{x:{y}}{z:{w}q}"\n',
  tryExcept: 'try:\n    a()\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    raise\nelse:\n    b()\nfinally:\n    c()\n',
  tryStar: 'try:\n    pass\nexcept* ValueError as eg:\n    pass\nexcept* (A, B):\n    pass\n',
  raises: 'raise\nraise E\nraise E("x") from None\nraise E from e\n',
  withs: 'with a:\n    pass\nwith a as b, c as (d, e):\n    pass\nwith (a as b, c):\n    pass\nwith (a, b):\n    pass\nwith (a):\n    pass\n',
  match1: 'match x:\n    case 1 | 2:\n        pass\n    case "s" | b"b":\n        pass\n    case None:\n        pass\n    case True:\n        pass\n    case -1:\n        pass\n    case 1+2j:\n        pass\n',
  match2: 'match p:\n    case [a, *rest]:\n        pass\n    case (a, b, *_):\n        pass\n    case a, b:\n        pass\n    case {"k": v, **kw}:\n        pass\n    case {1: _}:\n        pass\n',
  match3: 'match p:\n    case Point(x=0, y=yy):\n        pass\n    case Point(1, 2, z=3):\n        pass\n    case m.C():\n        pass\n    case [1, 2] as lst:\n        pass\n    case (1 | 2) as n if n > 0:\n        pass\n    case _:\n        pass\n',
  match4: 'match a, b:\n    case (x, y) if x:\n        pass\n    case [*_]:\n        pass\n    case Color.RED:\n        pass\n    case str() | bytes():\n        pass\n',
  walrus: 'if (n := len(a)) > 10:\n    pass\nwhile (line := f()):\n    print(line)\n[y := 1, y ** 2]\n',
  starUnpack: 'a, *b = c\n*a, b = c\n[a, *b] = c\nprint(*a, *b, **c, **d)\nx = [*a, *b]\ny = (*a, 1)\n',
  compare: 'a < b < c\na == b != c\na in b not in c\na is b is not c\nnot a\n(a < b) < c\na < (b < c)\n',
  slicing: 'a[1]\na[1:2]\na[:]\na[::]\na[::2]\na[1:2, ::3]\na[1:2,]\na[()]\na[b:]\na[x, y]\na[-1:]\n',
  assertDel: 'assert x\nassert x, "msg"\ndel a\ndel a, b[0], c.d\ndel (a, b)\ndel [a, b]\n',
  globals: 'def f():\n    global a, b\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n',
  augassign: 'x += 1\nx -= 1\nx *= 1\nx @= 1\nx /= 1\nx //= 1\nx %= 1\nx **= 1\nx <<= 1\nx >>= 1\nx |= 1\nx ^= 1\nx &= 1\na.b += 1\na[0] -= 1\n',
  annassign: 'x: int\ny: list[int] = []\n(z): int = 1\na.b: int\nc[0]: str = "s"\n',
  ifexp: 'x = a if b else c\ny = (a if b else c) if d else e\nif a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n',
  literals: 'd = {1: 2, **e, "k": v}\ns = {1, 2, *t}\nl = [1, [2], ()]\nt = 1, 2,\ne = {}\nu = ()\nv = (1,)\n',
  strings: 's = "a" \'b\' """c"""\nb = b"x" b\'\\x00\\n\'\nr = r"\\d+" r"\\x"\nrb = rb"\\x" br"y"\nu = "\\t\\u00e9\\N{BULLET}\\x41\\101"\nq = "it\'s"\n',
  numbers: 'a = 0x1F + 0o17 + 0b101 + 1_000_000\nb = 1e5 + .5 + 5. + 1.5e-3 + 1E+10\nc = 123456789012345678901234567890\nd = 1j + 2.5J + 1e3j\ne = 0 + 00 + 0_0\nf = 1e16 + 1e-5 + 123.456 + 1e22\n',
  comprehensions: '[x for x in y]\n[x for x in y if x if not x for z in x]\n{k: v for k, v in d.items()}\n{x for x in y}\n(x for x in y)\nf(x for x in y)\nf((x for x in y), 1)\n',
  loops: 'for i in range(10):\n    if i:\n        continue\n    break\nelse:\n    pass\nwhile x:\n    pass\nelse:\n    pass\nfor x, y in z: pass\nfor (x, y) in z: pass\nfor x, in y: pass\n',
  imports: 'import a\nimport a.b.c as d, e\nfrom . import x\nfrom .. import (y as z, w,)\nfrom ...m.n import *\nfrom m import a as b\n',
  calls: 'f()\nf(a, b, *c, d=1, **e)\nf(a)(b)(c)\na.b.c(d)\nf(*a, b)\nf(x=1, *a)\n(a)(b)\n',
  parens: 'x = (a)\ny = ((a + b)) * c\nz = (a).b\nw = (a)[0]\nv = -(a)\n(a) + (b)\n((a))\n',
  boolops: 'a and b and c\na or b or c\na and b or c and d\n(a and b) and c\na and (b and c)\nnot a and b\n',
  unary: 'x = -1\ny = +a\nz = ~b\nw = not c\nv = - - 1\nu = -a ** 2\nt = (-a) ** 2\n',
  binops: 'x = a + b * c - d / e // f % g ** h @ i\ny = a << b >> c | d ^ e & f\nz = a ** b ** c\n',
  awaitExpr: 'async def f():\n    await a ** 2\n    x = await b\n    return await (c)\n',
  misc: 'pass\nx = y = z = 1\na; b; c\nx = ...\nprint(__debug__)\nx = None, True, False\n',
  concat: 'x = ("abc"\n     "def")\ny = b"a" b"b"\nz = "a" f"b"\n',
  docstring: '"""Module doc."""\nclass C:\n    """Class doc."""\n    def m(self):\n        """Method doc."""\n',
  nestedFuncs: 'def outer():\n    x = 1\n    def inner():\n        return x\n    class K:\n        y = x\n    return inner\n',
  unicode: 'name = "héllo"\nnaïve = 1\nx = f"{naïve}é"\n',
  multiline: 'x = [\n    1,\n    2,\n]\ny = f(\n    a,\n    b=2,\n)\nif (a and\n        b):\n    pass\n',
  emptyReturn: 'def f():\n    return\n\ndef g():\n    return 1, 2\n',
};

const OPTIONAL: Record<string, string[]> = {
  AnnAssign: ['value'], Assert: ['msg'], Assign: ['type_comment'], AsyncFor: ['type_comment'],
  AsyncFunctionDef: ['returns', 'type_comment'], AsyncWith: ['type_comment'], Constant: ['kind'],
  ExceptHandler: ['type', 'name'], For: ['type_comment'], FormattedValue: ['format_spec'],
  FunctionDef: ['returns', 'type_comment'], ImportFrom: ['module', 'level'], MatchAs: ['pattern', 'name'],
  MatchMapping: ['rest'], MatchStar: ['name'], Raise: ['exc', 'cause'], Return: ['value'],
  Slice: ['lower', 'upper', 'step'], With: ['type_comment'], Yield: ['value'], alias: ['asname'],
  arg: ['annotation', 'type_comment'], arguments: ['vararg', 'kwarg'], keyword: ['arg'],
  match_case: ['guard'], withitem: ['optional_vars'],
};
const POS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];
const SIMPLE_OPS = new Set([
  'Load', 'Store', 'Del', 'And', 'Or', 'Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift',
  'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv', 'Invert', 'Not', 'UAdd', 'USub', 'Eq', 'NotEq', 'Lt',
  'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn',
]);
const OP_FIELDS = new Set(['op', 'ops', 'ctx']);

/** Python's repr() of a str. */
export function pyReprStr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp > 0x7f && /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch)) {
      out += cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0')
        : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + q;
}

function pyReprBytes(b: Uint8Array): string {
  const s = String.fromCharCode(...b);
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = 'b' + q;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

/** Python's repr() of a float. */
export function pyReprFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = Math.abs(x).toExponential().split('e');
  const exp = Number(expStr);
  const digits = mant.replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp >= -4 && exp < 16) {
    let s: string;
    if (exp >= digits.length - 1) s = digits + '0'.repeat(exp - digits.length + 1) + '.0';
    else if (exp >= 0) s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
    else s = '0.' + '0'.repeat(-exp - 1) + digits;
    return sign + s;
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function constRepr(v: unknown): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') return pyReprStr(v);
  const o = v as Record<string, unknown>;
  if ('float' in o) return pyReprFloat(o.float as number);
  if ('complex' in o) {
    const r = pyReprFloat(o.complex as number);
    return (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j';
  }
  if ('bytes' in o) return pyReprBytes(o.bytes as Uint8Array);
  if ('ellipsis' in o) return 'Ellipsis';
  throw new Error('unknown constant ' + String(v));
}

/** Our AST → the text of CPython's ast.dump(tree, include_attributes=True). */
export function dump(node: unknown, lines: string[]): string {
  const byteCol = (line: number, col: number): number => Buffer.byteLength((lines[line - 1] ?? '').slice(0, col));
  const fmt = (v: unknown, field = ''): string => {
    if (Array.isArray(v)) return '[' + v.map((x) => fmt(x, field)).join(', ') + ']';
    if (typeof v === 'string' && OP_FIELDS.has(field) && SIMPLE_OPS.has(v)) return v + '()';
    if (v && typeof v === 'object' && typeof (v as { _type?: unknown })._type === 'string') {
      const n = v as Record<string, unknown>;
      const type = n._type as string;
      const args: string[] = [];
      for (const k of Object.keys(n)) {
        if (k === '_type' || POS.includes(k)) continue;
        if (n[k] === null && OPTIONAL[type]?.includes(k)) continue;
        args.push(`${k}=${type === 'Constant' && k === 'value' || type === 'MatchSingleton' ? constRepr(n[k]) : fmt(n[k], k)}`);
      }
      if ('lineno' in n) {
        args.push(`lineno=${n.lineno}`, `col_offset=${byteCol(n.lineno as number, n.col_offset as number)}`,
          `end_lineno=${n.end_lineno}`, `end_col_offset=${byteCol(n.end_lineno as number, n.end_col_offset as number)}`);
      }
      return `${type}(${args.join(', ')})`;
    }
    if (typeof v === 'string') return pyReprStr(v);
    if (typeof v === 'number' || typeof v === 'bigint') return String(v);
    if (v === null) return 'None';
    return constRepr(v);
  };
  return fmt(node);
}

function pythonDumps(sources: string[]): string[] {
  const script = 'import ast, json, sys\nsrcs = json.load(sys.stdin)\n' +
    'print(json.dumps([ast.dump(ast.parse(s), include_attributes=True) for s in srcs]))\n';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8' }));
}

describe('translator/parser: AST matches CPython ast.dump', () => {
  const names = Object.keys(CORPUS);
  let expected: string[] = [];
  before(() => {
    expected = pythonDumps(names.map((n) => CORPUS[n]));
  });
  names.forEach((name, i) => {
    it(name, () => {
      const src = CORPUS[name];
      const r = parse(src, `${name}.py`);
      assert.deepStrictEqual(r.errors, []);
      assert.strictEqual(dump(r.module, src.split(/\r\n|\r|\n/)), expected[i]);
    });
  });

  it('corpus covers every statement, expression and pattern kind', () => {
    const seen = new Set<string>();
    for (const src of Object.values(CORPUS)) walk(parse(src, 'x.py').module, (n: Node) => { seen.add(n._type); });
    const want = ['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign',
      'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar',
      'Assert', 'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue', 'BoolOp',
      'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp', 'DictComp',
      'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr',
      'Constant', 'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice', 'MatchValue',
      'MatchSingleton', 'MatchSequence', 'MatchMapping', 'MatchClass', 'MatchStar', 'MatchAs', 'MatchOr'];
    assert.deepStrictEqual(want.filter((t) => !seen.has(t)), []);
  });
});
