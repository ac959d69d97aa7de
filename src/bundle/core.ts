// Entry of dist/core.js: the one bundle that holds the translator and the runtime. The CLI
// (--no-sandbox, check), the sandbox worker (dist/worker.js) and dist/runner.js all load this
// file through ./codeCache instead of each embedding their own copy.
//
// Every export loads its modules on first call (esbuild then wraps each module in a lazy init),
// so that loading this bundle runs no module's top-level code: the CLI's main thread translates
// (translator only, ~5 ms of module inits) while the worker initialises the runtime (~20 ms).
/* eslint-disable @typescript-eslint/no-var-requires */
import type { WorkerData } from '../sandbox/protocol';
import type * as Runner from '../runner';

export const translate: typeof Runner.translate = (...a) => require('../translator/translate').translate(...a);
export const runProgram: typeof Runner.runProgram = (...a) => require('../runner').runProgram(...a);

/** The CLI's translation of a `.py` file for the sandbox worker (src/sandbox/translateForRun.ts). */
export function translateForRun(source: string, filename: string): unknown {
  return require('../sandbox/translateForRun').translateForRun(source, filename);
}

/** Initialise the runtime's modules and translate a small program that uses the common
 *  constructs, discarding the result: pure calls whose only effect is that V8 has compiled the
 *  runtime's module inits and the translator before the code cache is written
 *  (src/bundle/codeCache.ts), whichever thread writes it. */
export function warmUp(): void {
  require('../runner');
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
  // Pyright (dist/pyright.js) is loaded now, before the worker's lockdown, not at the first parse;
  // not at all when the host translates every run (the CLI's `.py` run: ~10 ms of its cold start).
  if (!(require('worker_threads').workerData as WorkerData).hostTranslates) require('../translator/parserPyright').pyright();
  require('../sandbox/worker');
}
