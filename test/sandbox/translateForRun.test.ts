// The CLI translates a `.py` file on its main thread and the worker runs that translation: the
// result must be exactly what the worker's own runCode() prints (output, tracebacks, errors).
import * as assert from 'assert';
import { translateForRun } from '../../src/sandbox/translateForRun';
import { runCode } from '../../src/runtime/session';
import '../../src/runtime/wiring';

function run(source: string, file: string, hostTranslated: boolean) {
  let out = '';
  const sink = (s: string) => { out += s; };
  let status: number;
  if (hostTranslated) {
    const t = translateForRun(source, file);
    if ('syntaxError' in t) { out += t.syntaxError; status = 1; }
    else status = runCode(source, file, { mode: 'module', stdout: sink, stderr: sink, translated: t as any }).status;
  } else {
    status = runCode(source, file, { mode: 'module', stdout: sink, stderr: sink }).status;
  }
  return { out, status };
}

describe('sandbox/translateForRun', () => {
  const programs: [string, string][] = [
    ['hello.py', "print('hi')\n"],
    ['tb.py', 'import asyncio\n\nasync def f(x):\n    return 1 / x\n\nasync def main():\n    print(await f(2))\n    await f(0)\n\nasyncio.run(main())\n'],
    ['exit.py', 'import sys\nprint("a")\nsys.exit(3)\n'],
    ['syntax.py', 'x = (\n'],
    ['unsupported.py', 'def f():\n    yield from g() + \n'],
  ];
  for (const [file, source] of programs) {
    it(`runs ${file} as the worker's own translation does`, () => {
      const host = run(source, file, true);
      assert.deepStrictEqual(host, run(source, file, false));
      if (file === 'tb.py') assert.match(host.out, /^0\.5\nTraceback[^]*line 8, in main[^]*ZeroDivisionError: division by zero\n$/);
      if (file === 'syntax.py') assert.match(host.out, /SyntaxError: '\(' was never closed/);
    });
  }
});
