// Messages between the host (CLI, extension) and the sandbox worker. One typed union each way.

export type RunMode = 'module' | 'cell';

/** A module already translated by the host (`translate()`'s code and source map). */
export interface Translated { code: string; map: unknown }

export type HostToWorker =
  | { type: 'run'; id: number; source: string; filename: string; mode: RunMode; cellIndex?: number; clock: 'virtual' | 'real'; trace?: boolean; translated?: Translated }
  | { type: 'reset' };

export interface PyError { ename: string; evalue: string; traceback: string }

export type WorkerToHost =
  | { type: 'ready' }
  | { type: 'stdout'; id: number; text: string }
  | { type: 'stderr'; id: number; text: string }
  | { type: 'display'; id: number; repr: string }
  /** Live trace events of the running request (real clock; sandbox/traceStream.ts batches them). */
  | { type: 'trace'; id: number; events: unknown[] }
  /** `traceJson`: the run's trace events as one JSON array text. One string crosses the thread
   *  boundary far faster than a structured clone of many small objects (a 700k-event trace: 3.4 s
   *  → well under 1 s), and the CLI writes it to its trace file without decoding it. */
  | { type: 'done'; id: number; status: number; error?: PyError; loopTime: number; translation?: string; traceJson?: string }
  | { type: 'fatal'; message: string };

/** Layout of the shared control buffer (Int32Array). */
export const CTRL = {
  /** Set to 1 by the host to request a KeyboardInterrupt. */
  INTERRUPT: 0,
  /** Used by the worker to sleep on the real clock (Atomics.wait). */
  SLEEP: 1,
  SIZE: 2,
} as const;

export interface WorkerData {
  control: SharedArrayBuffer;
  /** Every run arrives with `translated` (the CLI's one `.py` run, translated on the main thread
   *  while this worker starts): the worker does not load the parser at all. */
  hostTranslates?: boolean;
}
