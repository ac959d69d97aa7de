// Fuzzing: deterministic mutations of valid seed programs. parse() and translate() must never
// throw; on a sample, parse() must agree with CPython's compile() about whether the program is
// valid, and every rejected program must get a diagnostic with a position.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { parse } from '../../src/translator/parser';

const SEEDS = [
  'import asyncio\n\nasync def worker(name, q):\n    while True:\n        item = await q.get()\n        try:\n            print(f"{name}: {item!r:>8}")\n        finally:\n            q.task_done()\n\nasync def main():\n    q = asyncio.Queue()\n    tasks = [asyncio.create_task(worker(f"w{i}", q)) for i in range(3)]\n    for x in range(10):\n        q.put_nowait(x)\n    await q.join()\n    for t in tasks:\n        t.cancel()\n    await asyncio.gather(*tasks, return_exceptions=True)\n\nasyncio.run(main())\n',
  'class Point:\n    """A point."""\n    def __init__(self, x: int, y: int = 0) -> None:\n        self.x, self.y = x, y\n\n    @property\n    def norm(self):\n        return (self.x ** 2 + self.y ** 2) ** .5\n\n    def __repr__(self):\n        return f"Point({self.x}, {self.y})"\n',
  'def gen(n, /, *, step=1, **kw):\n    i = 0\n    while i < n:\n        yield i\n        i += step\n    else:\n        return\n\nresult = {k: v for k, v in zip("abc", gen(3)) if v}\nprint(sorted(result, key=lambda k: -result[k]))\n',
  'async def fetch(session, url):\n    async with session.get(url) as resp:\n        async for chunk in resp.content:\n            yield chunk\n\nasync def collect():\n    return [c async for c in fetch(s, "u")]\n',
  'match command.split():\n    case [action]:\n        pass\n    case ["go", direction] | ["move", direction]:\n        print(direction)\n    case Point(x=0, y=0):\n        print("origin")\n    case {"k": v, **rest}:\n        pass\n    case _:\n        raise ValueError(command) from None\n',
  'try:\n    x = int("12")\nexcept (ValueError, TypeError) as e:\n    print(e)\nelse:\n    pass\ntry:\n    pass\nexcept* OSError:\n    pass\n',
  'import sys\nfrom os import path as p, sep\nx = [1, 2, *range(3)]\ny = (a := 10) + 0x1F - 0o7 * 0b1 // 3 % 2\nz = x[1:2, ::3] if y else None\ndel x[0]\nglobal_value = not (y > 1 and y < 2 or y == 3)\nprint(z, sep="", end="\\n", file=sys.stderr)\n',
  'def outer():\n    count = 0\n    def inner():\n        nonlocal count\n        count += 1\n        return count\n    return inner\n\nassert outer()() == 1, "bad"\n',
  'async def main():\n    async with asyncio.timeout(1):\n        async with asyncio.TaskGroup() as tg:\n            t1 = tg.create_task(asyncio.sleep(1, result="a"))\n    print(t1.result())\n',
  'with open("a") as f, open("b") as g:\n    data = f.read() + g.read()\nfor i, line in enumerate(data.splitlines(), start=1):\n    if not line.strip():\n        continue\n    elif line.startswith("#"):\n        break\n',
  's = """multi\nline""" + \'x\' + r"\\d+" + b"bytes".decode()\nt = f"{s:{10}}{len(s)=}" "plain"\nu = 1_000_000 + 1e-3 + 2j.imag\n',
  '@decorator(arg=1)\nclass Meta(type, metaclass=abc.ABCMeta):\n    x: int = 1\n    def method(self, *args: str) -> "Meta":\n        return super().method(*args)\n',
];

const INSERTS = [
  '(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '==', ':=', '*', '**', '@', '->', ';', '\\', '"', "'",
  '"""', '#', '\t', '    ', '\n', ' ', 'é', '€', '$', '?', '!', '`', '0x', '1_', '0777', '1e', 'f"{', '}"',
  'if', 'else', 'elif', 'for', 'in', 'while', 'def', 'class', 'return', 'yield', 'await', 'async', 'lambda',
  'try', 'except', 'finally', 'with', 'as', 'import', 'from', 'global', 'nonlocal', 'pass', 'break',
  'continue', 'del', 'not', 'and', 'or', 'is', 'None', 'True', 'match', 'case', '_', 'x', '42', '"s"',
];

/** mulberry32: a small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(src: string, rand: () => number): string {
  const toks = src.match(/\n|[ \t]+|\w+|"""|"[^"\n]*"|'[^'\n]*'|[^\w\s]/g) ?? [];
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const at = (): number => Math.floor(rand() * (toks.length + 1));
  const steps = 1 + Math.floor(rand() * 3);
  for (let s = 0; s < steps; s++) {
    const r = rand();
    const i = Math.max(0, Math.min(at(), toks.length - 1));
    if (r < 0.2) toks.splice(i, 1);
    else if (r < 0.3) toks.splice(i, 0, toks[i] ?? '');
    else if (r < 0.4 && i + 1 < toks.length) [toks[i], toks[i + 1]] = [toks[i + 1], toks[i]];
    else if (r < 0.45) toks.length = i;
    else if (r < 0.55) {
      const nl = (toks as string[]).indexOf('\n', i);
      if (nl >= 0) toks.splice(nl + 1, 0, pick(['  ', '\t', '        ', ' ']));
    } else toks.splice(at(), 0, pick(INSERTS), pick([' ', '']));
  }
  return toks.join('');
}

export function programs(count: number, seed = 20240611): string[] {
  const rand = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(mutate(SEEDS[i % SEEDS.length], rand));
  return out;
}

/** CPython's verdict for each source: null when compile() accepts it, else [lineno, msg]. */
export function cpython(sources: string[]): ([number, string] | null)[] {
  const script = 'import sys, json, warnings\nwarnings.simplefilter("ignore")\nout = []\n' +
    'for s in json.load(sys.stdin):\n    try:\n        compile(s, "prog.py", "exec")\n        out.append(None)\n' +
    '    except SyntaxError as e:\n        out.append([e.lineno, e.msg])\nprint(json.dumps(out))\n';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8' }));
}

describe('translator/fuzz: mutated programs', () => {
  const progs = programs(1200);

  it('parse() never throws on 1200 mutated programs (and accepts the seeds)', () => {
    for (const seed of SEEDS) assert.deepStrictEqual(parse(seed, 'seed.py').errors, [], seed);
    for (const src of progs) {
      const r = parse(src, 'fuzz.py');
      assert.ok(Array.isArray(r.errors) && r.module._type === 'Module');
    }
  });

  it('agrees with CPython on a sample of 150: rejected programs get a positioned error, accepted ones none', () => {
    const sample = progs.filter((_, i) => i % 8 === 0);
    const verdicts = cpython(sample);
    let sameLine = 0;
    let rejected = 0;
    sample.forEach((src, i) => {
      const errs = parse(src, 'fuzz.py').errors;
      const v = verdicts[i];
      if (v === null) {
        assert.deepStrictEqual(errs, [], `CPython accepts:\n${src}`);
        return;
      }
      rejected++;
      assert.ok(errs.length > 0, `CPython rejects (${v[1]}, line ${v[0]}) but parse() accepts:\n${src}`);
      const e = errs[0];
      assert.ok(e.lineno >= 1 && e.col_offset >= 0 && e.end_lineno >= e.lineno, JSON.stringify(e));
      if (e.lineno === v[0]) sameLine++;
    });
    assert.ok(rejected > 50, `only ${rejected} rejected programs in the sample`);
    // The first error is on CPython's line for the vast majority of programs.
    assert.ok(sameLine / rejected >= 0.9, `same line for ${sameLine}/${rejected}`);
  });

  it('translate() never throws on the mutated programs', function () {
    const file = path.join(__dirname, '../../src/translator/translate.ts');
    if (!fs.existsSync(file)) this.skip();
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { translate } = require('../../src/translator/translate');
    for (const src of progs.slice(0, 600)) {
      const r = translate(src, 'fuzz.py');
      assert.ok(typeof r.code === 'string' && Array.isArray(r.diagnostics));
    }
    for (const seed of SEEDS) assert.ok(typeof translate(seed, 'seed.py', { mode: 'cell' }).code === 'string');
  });
});
