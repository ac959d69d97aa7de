// Where print() and sys.stdout/sys.stderr write. The host (CLI, sandbox worker, tests) sets the sinks.
import { PyObject, nativeClass, None } from './object';
import { E, pyErr } from './exceptions';

export type Sink = (s: string) => void;
let out: Sink = (s) => process.stdout.write(s);
let err: Sink = (s) => process.stderr.write(s);

export function setSinks(stdout: Sink, stderr: Sink) { out = stdout; err = stderr; }
/** The current [stdout, stderr] sinks (the executor captures a worker's output and restores them). */
export function getSinks(): [Sink, Sink] { return [out, err]; }
export function writeOut(s: string) { out(s); }
export function writeErr(s: string) { err(s); }

export class TextStream extends PyObject {
  constructor(public $which: 0 | 1 = 0, public $name = '<stdout>') { super(); }
  write(s: any) {
    if (typeof s !== 'string') throw pyErr(E.TypeError, `write() argument must be str, not ${s?.$cls?.$name ?? typeof s}`);
    (this.$which === 0 ? out : err)(s);
    return [...s].length;
  }
  flush() { return None; }
  isatty() { return false; }
  fileno() { return this.$which + 1; }
  writelines(lines: any) { for (const l of lines) this.write(l); return None; }
  get name() { return this.$name; }
  get encoding() { return 'utf-8'; }
  __repr__() { return `<_io.TextIOWrapper name='${this.$name}' mode='w' encoding='utf-8'>`; }
}
nativeClass({ name: 'TextIOWrapper', module: '_io', es: TextStream });
export const stdout = new TextStream(0, '<stdout>');
export const stderr = new TextStream(1, '<stderr>');
