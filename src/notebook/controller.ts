// The Asyncio Lab notebook kernel: one sandbox session (worker thread) per notebook, created
// lazily. The Python runtime lives only in dist/worker.js, never in the extension host.
import * as path from 'path';
import * as vscode from 'vscode';
import { setRunTrace } from '../language/register';
import { SandboxSession } from '../sandbox/session';
import { CellOutputWriter } from './outputs';
import { inlineTimelineOn, traceOutput } from './inlineTimeline';
import { KernelStatusBar } from './statusBar';
import { CONTROLLER_ID, NOTEBOOK_TYPE, clockFor, kernelspecName, KERNEL_NAME, INTERACTIVE_CONTROLLER_ID, INTERACTIVE_NOTEBOOK_TYPE } from './settings';

export const KILLED_MESSAGE = 'the code did not stop within 2 s of the interrupt, so the kernel was restarted';
const INTERRUPT_GRACE_MS = 2000;

interface KernelState {
  session: SandboxSession;
  order: number;
  /** Output writer of the cell that is running now (outputs arrive tagged with the run). */
  current?: CellOutputWriter;
  /** Serializes execute requests so executions are created in order. */
  chain: Promise<unknown>;
  /** Bumped on interrupt/restart: queued cells of an older generation are not run. */
  generation: number;
  /** Loop events of this session so far, for the task view (capped). */
  trace: unknown[];
}

/** The task view keeps at most this many events per notebook session. */
const MAX_TRACE_EVENTS = 200_000;

export class AsyncioLabKernel implements vscode.Disposable {
  readonly controller: vscode.NotebookController;
  /** The same kernel (same sessions and logic) for Interactive Windows: "Run File" / "Run Selection". */
  readonly interactiveController: vscode.NotebookController;
  private kernels = new Map<string, KernelState>();
  private subs: vscode.Disposable[] = [];
  private traceChanged = new vscode.EventEmitter<void>();
  /** Fires when a run of the active notebook recorded new loop events. */
  readonly onDidChangeTrace = this.traceChanged.event;
  private traceEvents = new vscode.EventEmitter<{ events: any[] }>();
  /** Live: trace events of the active notebook's real-clock run, as the worker batches them. */
  readonly onDidTraceEvents = this.traceEvents.event;

  constructor(private workerPath: string, private statusBar: KernelStatusBar) {
    const c = vscode.notebooks.createNotebookController(CONTROLLER_ID, NOTEBOOK_TYPE, 'Asyncio Lab');
    this.controller = c;
    c.supportedLanguages = ['python'];
    c.supportsExecutionOrder = true;
    c.description = 'sandboxed asyncio, no Python needed';
    c.executeHandler = (cells, nb) => this.execute(cells, nb);
    c.interruptHandler = nb => this.interrupt(nb).then(() => undefined);
    const ic = vscode.notebooks.createNotebookController(INTERACTIVE_CONTROLLER_ID, INTERACTIVE_NOTEBOOK_TYPE, 'Asyncio Lab');
    this.interactiveController = ic;
    ic.supportedLanguages = c.supportedLanguages;
    ic.supportsExecutionOrder = true;
    ic.description = c.description;
    ic.executeHandler = c.executeHandler;
    ic.interruptHandler = c.interruptHandler;
    const prefer = (nb: vscode.NotebookDocument) => {
      if (nb.notebookType === NOTEBOOK_TYPE && kernelspecName(nb) === KERNEL_NAME) {
        c.updateNotebookAffinity(nb, vscode.NotebookControllerAffinity.Preferred);
      }
    };
    vscode.workspace.notebookDocuments.forEach(prefer);
    this.subs.push(
      vscode.workspace.onDidOpenNotebookDocument(prefer),
      vscode.workspace.onDidCloseNotebookDocument(nb => this.disposeKernel(nb.uri)),
    );
  }

  private state(nb: vscode.NotebookDocument): KernelState {
    const key = nb.uri.toString();
    let k = this.kernels.get(key);
    if (!k) {
      const st: KernelState = {
        order: 0, chain: Promise.resolve(), generation: 0, trace: [],
        session: new SandboxSession({
          workerPath: this.workerPath,
          onOutput: (_id, stream, text) => st.current?.stream(stream, text),
          onDisplay: (_id, repr) => st.current?.display(repr),
          onTrace: (_id, events) => {
            if (vscode.window.activeNotebookEditor?.notebook.uri.toString() === key) this.traceEvents.fire({ events });
          },
        }),
      };
      k = st;
      this.kernels.set(key, k);
    }
    return k;
  }

  private execute(cells: vscode.NotebookCell[], nb: vscode.NotebookDocument): Promise<void> {
    const k = this.state(nb);
    const gen = k.generation;
    const job = k.chain.then(async () => {
      for (const cell of cells) {
        if (k.generation !== gen) break;
        await this.runCell(k, cell, nb);
      }
    });
    k.chain = job.catch(() => undefined);
    return job;
  }

  private async runCell(k: KernelState, cell: vscode.NotebookCell, nb: vscode.NotebookDocument) {
    if (cell.kind !== vscode.NotebookCellKind.Code) return;
    const exec = (nb.notebookType === INTERACTIVE_NOTEBOOK_TYPE ? this.interactiveController : this.controller).createNotebookCellExecution(cell);
    exec.executionOrder = ++k.order;
    exec.start(Date.now());
    await exec.clearOutput();
    const writer = new CellOutputWriter(exec);
    k.current = writer;
    // Without an interruptHandler VS Code would cancel through the token; keep both paths.
    const cancel = exec.token.onCancellationRequested(() => { void this.interrupt(nb); });
    const clock = clockFor(nb);
    let ok = false;
    let inline: vscode.NotebookCellOutput | undefined;
    try {
      const r = await k.session.run({ source: cell.document.getText(), filename: `<cell ${cell.index + 1}>`, mode: 'cell', cellIndex: cell.index, clock, trace: true });
      // Hovers in this cell can now say what really happened (src/language/runFacts.ts).
      setRunTrace(cell.document.uri, r.trace as any);
      if (r.trace?.length && inlineTimelineOn(cell)) inline = traceOutput(r.trace, `<cell ${cell.index + 1}>`);
      if (r.trace?.length && k.trace.length < MAX_TRACE_EVENTS) {
        k.trace.push(...r.trace.slice(0, MAX_TRACE_EVENTS - k.trace.length));
        this.traceChanged.fire();
      }
      if (r.killed) {
        writer.killed(r.killed);
        k.order = 0;
        this.statusBar.update(nb.uri, undefined);
      } else {
        if (r.error) writer.error(r.error);
        ok = !r.error && r.status === 0;
        this.statusBar.update(nb.uri, { clock, loopTime: r.loopTime });
      }
    } catch (e: any) {
      writer.killed(`the sandbox failed: ${e?.message ?? e}`);
    } finally {
      cancel.dispose();
      await writer.flush();
      if (inline) await Promise.resolve(exec.appendOutput(inline)).catch(() => undefined);
      if (k.current === writer) k.current = undefined;
      exec.end(ok, Date.now());
    }
  }

  /** KeyboardInterrupt at the next check point; the worker is restarted if it does not stop in 2 s. */
  async interrupt(nb: vscode.NotebookDocument | undefined): Promise<'interrupted' | 'killed' | 'idle'> {
    const k = nb && this.kernels.get(nb.uri.toString());
    if (!k) return 'idle';
    k.generation++;
    // A cell may be executing while its worker is still starting (session not running yet):
    // keep asking until the run is under way or the cell has ended.
    const deadline = Date.now() + 15000;
    for (;;) {
      const r = await k.session.interrupt(INTERRUPT_GRACE_MS);
      if (r !== 'idle' || !k.current || Date.now() > deadline) return r;
      await new Promise(res => setTimeout(res, 50));
    }
  }

  /** A fresh interpreter and execution count 1 again. */
  /** The recorded loop events of the active notebook's session (for the task view). */
  latestTrace(): { trace: { version: number; file?: string; events: any[] }; title?: string } | undefined {
    const nb = vscode.window.activeNotebookEditor?.notebook;
    const k = nb && this.kernels.get(nb.uri.toString());
    if (!k || !k.trace.length) return undefined;
    const name = nb!.uri.path.split('/').pop();
    return { trace: { version: 1, file: name, events: k.trace }, title: name };
  }

  async restart(nb: vscode.NotebookDocument | undefined): Promise<boolean> {
    const k = nb && this.kernels.get(nb.uri.toString());
    if (!nb) return false;
    if (k) {
      k.generation++;
      await k.session.restart();
      k.trace = [];
      this.traceChanged.fire();
      k.order = 0;
    }
    this.statusBar.update(nb.uri, undefined);
    return true;
  }

  private disposeKernel(uri: vscode.Uri) {
    const k = this.kernels.get(uri.toString());
    if (k) { k.session.dispose(); this.kernels.delete(uri.toString()); }
    this.statusBar.update(uri, undefined);
  }

  dispose() {
    for (const k of this.kernels.values()) k.session.dispose();
    this.kernels.clear();
    this.subs.forEach(d => d.dispose());
    this.controller.dispose();
    this.interactiveController.dispose();
  }
}

/** The notebook a command applies to: an explicit uri / toolbar context, else the active one. */
function targetNotebook(arg: any): vscode.NotebookDocument | undefined {
  const uri: vscode.Uri | undefined = arg instanceof vscode.Uri ? arg : (arg?.notebookEditor?.notebookUri ?? arg?.notebookUri ?? arg?.uri);
  if (uri) {
    const found = vscode.workspace.notebookDocuments.find(d => d.uri.toString() === uri.toString());
    if (found) return found;
  }
  return vscode.window.activeNotebookEditor?.notebook;
}

export interface KernelDeps { extensionPath: string; statusBar: KernelStatusBar; }

export function registerKernel(deps: KernelDeps): { kernel: AsyncioLabKernel; disposable: vscode.Disposable } {
  const kernel = new AsyncioLabKernel(path.join(deps.extensionPath, 'dist', 'worker.js'), deps.statusBar);
  return { kernel, disposable: kernel };
}

export function registerRestartCommand(deps: { kernel: AsyncioLabKernel }): vscode.Disposable {
  return vscode.commands.registerCommand('asyncio-lab.restartKernel', async (arg?: any) => {
    const ok = await deps.kernel.restart(targetNotebook(arg));
    if (!ok) void vscode.window.showInformationMessage('Asyncio Lab: open a notebook to restart its kernel.');
    return ok;
  });
}

export function registerInterruptCommand(deps: { kernel: AsyncioLabKernel }): vscode.Disposable {
  return vscode.commands.registerCommand('asyncio-lab.interrupt', async (arg?: any) => {
    const r = await deps.kernel.interrupt(targetNotebook(arg));
    if (r === 'killed') void vscode.window.showWarningMessage(`Asyncio Lab: ${KILLED_MESSAGE}.`);
    return r;
  });
}
