// Streams one cell's output into its NotebookCellExecution: stdout and stderr each appended onto
// one output per stream, capped at 1 MB per cell; errors and reprs as their own outputs.
import * as vscode from 'vscode';
import type { PyError } from '../sandbox/protocol';

export const OUTPUT_CAP_BYTES = 1024 * 1024;
export const TRUNCATED_NOTE = '\n[output truncated: the cell printed more than 1 MB]\n';

export class CellOutputWriter {
  private chain: Promise<unknown> = Promise.resolve();
  private streams = new Map<'stdout' | 'stderr', vscode.NotebookCellOutput>();
  private bytes = 0;
  private truncated = false;
  /** What has been written, in order, so the outputs can be rebuilt (see `error`). */
  private model: ({ stream: 'stdout' | 'stderr'; text: string } | { output: vscode.NotebookCellOutput })[] = [];
  /** The last queued stream append, while it waits for the ones before it: more text joins it. */
  private waiting: { stream: 'stdout' | 'stderr'; text: string } | undefined;

  constructor(private exec: vscode.NotebookCellExecution) {}

  private enqueue(f: () => Thenable<void> | void) {
    this.chain = this.chain.then(f).catch(() => undefined);
  }

  private item(stream: 'stdout' | 'stderr', text: string) {
    return stream === 'stdout' ? vscode.NotebookCellOutputItem.stdout(text) : vscode.NotebookCellOutputItem.stderr(text);
  }

  private appendStream(stream: 'stdout' | 'stderr', text: string) {
    const entry = this.model.find(e => 'stream' in e && e.stream === stream) as { text: string } | undefined;
    if (entry) entry.text += text; else this.model.push({ stream, text });
    if (this.waiting?.stream === stream) { this.waiting.text += text; return; }
    const op = { stream, text };
    this.waiting = op;
    this.enqueue(() => {
      if (this.waiting === op) this.waiting = undefined;
      const item = this.item(stream, op.text);
      const existing = this.streams.get(stream);
      if (existing) return this.exec.appendOutputItems(item, existing);
      const out = new vscode.NotebookCellOutput([item]);
      this.streams.set(stream, out);
      return this.exec.appendOutput(out);
    });
  }

  stream(stream: 'stdout' | 'stderr', text: string) {
    if (this.truncated || !text) return;
    const size = Buffer.byteLength(text, 'utf8');
    if (this.bytes + size > OUTPUT_CAP_BYTES) {
      const room = OUTPUT_CAP_BYTES - this.bytes;
      const head = room > 0 ? Buffer.from(text, 'utf8').subarray(0, room).toString('utf8').replace(/\uFFFD$/, '') : '';
      if (head) this.appendStream(stream, head);
      this.bytes = OUTPUT_CAP_BYTES;
      this.truncated = true;
      this.appendStream('stderr', TRUNCATED_NOTE);
      return;
    }
    this.bytes += size;
    this.appendStream(stream, text);
  }

  private appendOutput(output: vscode.NotebookCellOutput) {
    this.model.push({ output });
    this.waiting = undefined;
    this.enqueue(() => this.exec.appendOutput(output));
  }

  display(repr: string) {
    this.appendOutput(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.text(repr, 'text/plain')]));
  }

  /** The sandbox also prints the traceback to stderr; the error output replaces that copy. */
  error(e: PyError) {
    const err = { name: e.ename, message: e.evalue, stack: e.traceback } as Error;
    const errOut = new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.error(err)]);
    const stderr = this.model.find(x => 'stream' in x && x.stream === 'stderr') as { text: string } | undefined;
    if (stderr && e.traceback && stderr.text.endsWith(e.traceback)) {
      stderr.text = stderr.text.slice(0, stderr.text.length - e.traceback.length);
      this.model.push({ output: errOut });
      this.waiting = undefined;
      const outputs = this.model.flatMap(x => 'output' in x ? [x.output]
        : x.text ? [new vscode.NotebookCellOutput([this.item(x.stream, x.text)])] : []);
      this.enqueue(() => this.exec.replaceOutput(outputs));
    } else {
      this.appendOutput(errOut);
    }
  }

  /** The kernel died or was restarted under the cell. */
  killed(message: string) {
    const err = { name: 'KernelRestarted', message, stack: message } as Error;
    this.appendOutput(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.error(err)]));
  }

  /** Resolves once every queued output has been applied. */
  flush(): Promise<unknown> { return this.chain; }
}
