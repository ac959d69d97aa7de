// Run a whole Python program in-process: translate, load, execute, report. Used by the CLI
// (--no-sandbox), the sandbox worker and the golden tests.
import { translate } from './translator/translate';
import { compile, newGlobals, reportUncaught, api } from './runtime/program';
import { setSinks, writeErr } from './runtime/py/io';
import { resetModules } from './runtime/py/modules';
import { formatSyntaxErrors } from './translator/report';
import { finishProgram, startProgram } from './runtime/lifecycle';
import './runtime/lib/index';
import './runtime/asyncioModule';

export interface RunOptions {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  clock?: 'virtual' | 'real';
}

export async function runProgram(source: string, filename: string, opts: RunOptions): Promise<number> {
  setSinks(opts.stdout, opts.stderr);
  resetModules();
  const t = translate(source, filename, { mode: 'module' });
  if (!t.ok) {
    writeErr(formatSyntaxErrors(t, source, filename));
    return 1;
  }
  const { fn } = compile(t.code, filename, source, (l, c) => t.map.lookup(l, c));
  const G = newGlobals('__main__', filename);
  startProgram({ clock: opts.clock ?? 'virtual' });
  let status = 0;
  try {
    fn(api, G);
  } catch (x) {
    status = reportUncaught(x);
  }
  status = finishProgram(status);
  return status;
}
