// Typed messages between the extension host (panel.ts) and the task-view webview (client/main.ts).
// No vscode import: both sides use it.
import type { TraceFile } from './client/model';

/** One cell's Python and its translation, for the code pane. Lines are 1-based. */
export interface CodeFile {
  /** The file name trace events use for it (`<cell 2>`). */
  file: string;
  python: string;
  translation: string;
  /** pyToTs[pythonLine]: translation lines of that Python line. */
  pyToTs: number[][];
  /** tsToPy[translationLine]: its Python line, 0 for none. */
  tsToPy: number[];
}

export type HostToView =
  /** A whole run's trace (replaces the current one). `live`: more events will follow. */
  | { type: 'trace'; trace: TraceFile; title?: string; live?: boolean; code?: CodeFile[] }
  /** Live mode: events appended to the current trace since the last message. */
  | { type: 'append'; events: TraceFile['events']; done?: boolean }
  /** No run recorded yet for the active notebook. */
  | { type: 'empty'; reason: string };

export type ViewToHost =
  /** The page loaded and listens: send it the latest trace. */
  | { type: 'ready' }
  /** The user selected a task; the host may reveal its Python line. */
  | { type: 'reveal'; file?: string; line: number };

export function isHostToView(m: unknown): m is HostToView {
  const t = (m as any)?.type;
  return t === 'trace' || t === 'append' || t === 'empty';
}
export function isViewToHost(m: unknown): m is ViewToHost {
  const t = (m as any)?.type;
  return t === 'ready' || (t === 'reveal' && typeof (m as any).line === 'number');
}
