// Host side of a sandbox: one worker thread holding one Python namespace and one event loop.
// Runs requests in order, streams output, interrupts (KeyboardInterrupt at the next check
// point) and kills the worker when it does not stop in time.
import { Worker } from 'worker_threads';
import { CTRL, HostToWorker, WorkerToHost, PyError, RunMode, Translated, WorkerData } from './protocol';

export interface SessionOptions {
  workerPath: string;
  maxMemoryMb?: number;
  /** Called with output as it is produced. */
  onOutput?: (id: number, stream: 'stdout' | 'stderr', text: string) => void;
  onDisplay?: (id: number, repr: string) => void;
  /** Live trace events (real-clock runs with `trace`), in order, batched by the worker. */
  onTrace?: (id: number, events: unknown[]) => void;
  /** Every run will carry `translated`: the worker then skips loading the parser. */
  hostTranslates?: boolean;
}

export interface RunResult {
  status: number; error?: PyError; loopTime: number; killed?: string;
  /** The trace events as JSON text, as the worker sent them. */
  traceJson?: string;
  /** The trace events, decoded from `traceJson` on first use. */
  readonly trace?: unknown[];
}

/** A run's result whose `trace` is decoded from `traceJson` only if someone reads it. */
function runResult(r: Omit<RunResult, 'trace'>): RunResult {
  let decoded: unknown[] | undefined;
  return Object.defineProperty({ ...r }, 'trace', {
    enumerable: true,
    get: () => (decoded ??= r.traceJson === undefined ? undefined : JSON.parse(r.traceJson)),
  }) as RunResult;
}
/** `from.pipe(to)` without a MaxListenersExceededWarning when many sessions share our stdout
 *  (what Node does for a Worker's stdio by default). */
function pipeQuietly(from: NodeJS.ReadableStream, to: NodeJS.WritableStream): void {
  const [a, b] = [from.getMaxListeners(), to.getMaxListeners()];
  from.setMaxListeners(Infinity);
  to.setMaxListeners(Infinity);
  from.pipe(to);
  from.setMaxListeners(a);
  to.setMaxListeners(b);
}

export interface RunRequest { source: string; filename: string; mode: RunMode; cellIndex?: number; clock?: 'virtual' | 'real'; trace?: boolean; translated?: Translated }

export class SandboxSession {
  private worker: Worker | undefined;
  private control = new SharedArrayBuffer(CTRL.SIZE * 4);
  private ctrl = new Int32Array(this.control);
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: RunResult) => void }>();
  private ready: Promise<void> | undefined;
  private deathReason: string | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private opts: SessionOptions) {}

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    this.deathReason = undefined;
    const w = new Worker(this.opts.workerPath, {
      workerData: { control: this.control, hostTranslates: this.opts.hostTranslates } satisfies WorkerData,
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxMemoryMb ?? 512, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
      // Piped to ours below, after the thread has started: Node's own piping (stdout: false) makes
      // process.stdout/stderr first (~4 ms on a cold CLI start) and only then starts the thread.
      stdout: true, stderr: true,
      // The program has no stdin (sys.stdin is always at EOF); without this, Node's worker start-up
      // makes the worker's process.stdin only to end it (~1.5 ms of every start).
      stdin: true,
    });
    pipeQuietly(w.stdout, process.stdout);
    pipeQuietly(w.stderr, process.stderr);
    this.worker = w;
    this.ready = new Promise((resolve, reject) => {
      w.on('message', (m: WorkerToHost) => {
        if (m.type === 'ready') resolve();
        else this.onMessage(m);
      });
      w.on('error', (e: any) => {
        this.deathReason = e?.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `MemoryError: the program used more than ${this.opts.maxMemoryMb ?? 512} MB of memory; the sandbox was stopped`
          : `the sandbox failed: ${e?.message ?? e}`;
        reject(e);
      });
      // Killed while still starting (loading the runtime): the waiting run ends too.
      w.on('exit', () => { reject(new Error('exited before ready')); this.onExit(); });
    });
    return this.ready;
  }

  private onMessage(m: WorkerToHost) {
    switch (m.type) {
      case 'stdout': case 'stderr': this.opts.onOutput?.(m.id, m.type, m.text); break;
      case 'display': this.opts.onDisplay?.(m.id, m.repr); break;
      case 'trace': this.opts.onTrace?.(m.id, m.events); break;
      case 'done': {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        p?.resolve(runResult({ status: m.status, error: m.error, loopTime: m.loopTime, traceJson: m.traceJson }));
        break;
      }
      case 'fatal': this.deathReason = m.message; break;
    }
  }

  private onExit() {
    const reason = this.deathReason ?? 'the sandbox stopped';
    for (const [, p] of this.pending) p.resolve({ status: 1, loopTime: 0, killed: reason });
    this.pending.clear();
    this.worker = undefined;
    this.ready = undefined;
  }

  /** Start the worker now (it takes ~60 ms to load the runtime), so that the caller can do its own
   *  work meanwhile; `run()` waits for it. A failure to start is reported by the next `run()`. */
  prestart(): void {
    this.start().catch(() => undefined);
  }

  /** Run source in the session; requests run one after another. */
  run(req: RunRequest): Promise<RunResult> {
    const job = this.queue.then(async () => {
      try { await this.start(); } catch { return { status: 1, loopTime: 0, killed: this.deathReason ?? 'the sandbox could not start' }; }
      const id = this.nextId++;
      Atomics.store(this.ctrl, CTRL.INTERRUPT, 0);
      const msg: HostToWorker = { type: 'run', id, source: req.source, filename: req.filename, mode: req.mode, cellIndex: req.cellIndex, clock: req.clock ?? 'virtual', trace: req.trace, translated: req.translated };
      return new Promise<RunResult>(resolve => {
        this.pending.set(id, { resolve });
        this.worker!.postMessage(msg);
      });
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** Ask for a KeyboardInterrupt; kill the worker if it has not stopped after `graceMs`. */
  interrupt(graceMs = 2000): Promise<'interrupted' | 'killed' | 'idle'> {
    if (!this.worker || this.pending.size === 0) return Promise.resolve('idle');
    Atomics.store(this.ctrl, CTRL.INTERRUPT, 1);
    Atomics.notify(this.ctrl, CTRL.SLEEP);
    const ids = [...this.pending.keys()];
    return new Promise(resolve => {
      const t0 = Date.now();
      const poll = setInterval(() => {
        if (!ids.some(id => this.pending.has(id))) { clearInterval(poll); resolve('interrupted'); return; }
        if (Date.now() - t0 >= graceMs) {
          clearInterval(poll);
          this.kill(`the code did not stop within ${graceMs / 1000} s of the interrupt, so the kernel was restarted`);
          resolve('killed');
        }
      }, 20);
    });
  }

  /** Stop the worker at once (timeout, kill switch). Pending runs end with `reason`. */
  kill(reason: string) {
    this.deathReason = reason;
    const w = this.worker;
    if (w) void w.terminate();
  }

  /** A fresh interpreter: new namespace, new loop. */
  async restart() { this.kill('the kernel was restarted'); await new Promise(r => setTimeout(r, 0)); }

  dispose() { this.kill('the session was closed'); }
  get running() { return this.pending.size > 0; }
}
