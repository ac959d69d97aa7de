// Entry of dist/core.js: the one bundle that holds the translator and the runtime. The CLI
// (--no-sandbox, check), the sandbox worker (dist/worker.js) and dist/runner.js all load this
// file through ./codeCache instead of each embedding their own copy.
import { translate } from '../runner';
import { pyright } from '../translator/parserPyright';

export { runProgram, translate } from '../runner';

/** Translate a small program that uses the common constructs, discarding the result: a pure
 *  call whose only effect is that V8 has compiled the translator before the code cache is
 *  written (src/bundle/codeCache.ts). */
export function warmUp(): void {
  const src = [
    'import asyncio', '', '', 'class C:', '    def __init__(self, n=1):', '        self.n = n', '', '',
    'async def work(i: int) -> int:', '    await asyncio.sleep(0)', '    return i * 2', '', '',
    'async def main():', '    tasks = [asyncio.create_task(work(i)) for i in range(3)]',
    '    try:', '        print(f"{sum(await asyncio.gather(*tasks))!r:>4}", C().n)',
    '    except (ValueError, KeyError) as e:', '        raise RuntimeError("x") from e', '',
    '', 'asyncio.run(main())', '',
  ].join('\n');
  translate(src, 'warmup.py', { mode: 'module' });
}

/** `asyncio-lab check`: loaded on first use (the language rules are not needed to run code). */
export function checkCommand(file: string, source: string, out: (s: string) => void, err: (s: string) => void = out): number {
  return require('../cli/check').checkCommand(file, source, out, err);
}

/** `asyncio-lab run --taskview OUT.html`: loaded on first use. */
export function writeTaskViewPage(out: string, distDir: string, file: string, source: string, traceJson: string): void {
  require('../cli/taskviewPage').writeTaskViewPage(out, distDir, file, source, traceJson);
}

/** Start the sandbox worker's message loop (call only inside the worker thread). */
export function startWorker(): void {
  // Pyright (dist/pyright.js) is loaded now, before the worker's lockdown, not at the first parse.
  pyright();
  require('../sandbox/worker');
}
