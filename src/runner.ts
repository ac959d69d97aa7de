// Run a whole Python program in-process: translate, load, execute, report. Used by the CLI
// with --no-sandbox, and by the golden tests. The sandbox worker runs the same runCode().
import { runCode } from './runtime/session';
import './runtime/wiring';

export interface RunOptions {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  clock?: 'virtual' | 'real';
}

export async function runProgram(source: string, filename: string, opts: RunOptions): Promise<number> {
  return runCode(source, filename, { mode: 'module', clock: opts.clock, stdout: opts.stdout, stderr: opts.stderr }).status;
}

export { translate } from './translator/translate';
