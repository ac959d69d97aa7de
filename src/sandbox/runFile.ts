// The CLI's default path: run a program (or a notebook's cells) in the sandbox worker, streaming
// its output, with a wall-clock timeout and a memory cap.
import * as path from 'path';
import { SandboxSession } from './session';
import { notebookCells } from './notebookFile';

export interface RunFileOptions {
  clock: 'virtual' | 'real';
  timeoutSec?: number;
  maxMemoryMb?: number;
  trace?: boolean;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** runtime/session.ts's translateForRun (from the core bundle): given, a `.py` file is
   *  translated here while the worker starts, and the worker never loads the parser. */
  translate?: (source: string, filename: string) => { code: string; map: unknown } | { syntaxError: string };
}

export async function runFileSandboxed(file: string, source: string, o: RunFileOptions): Promise<{ status: number; traceJson?: string }> {
  const hostTranslates = !!o.translate && !file.endsWith('.ipynb');
  const session = new SandboxSession({
    workerPath: path.join(__dirname, 'worker.js'),
    hostTranslates,
    maxMemoryMb: o.maxMemoryMb,
    onOutput: (_id, stream, text) => (stream === 'stdout' ? o.stdout : o.stderr)(text),
    onDisplay: (_id, repr) => o.stdout(repr + '\n'),
  });
  let timedOut = false;
  const timer = o.timeoutSec ? setTimeout(() => {
    timedOut = true;
    session.kill(`asyncio-lab: the program was stopped after ${o.timeoutSec} s (--timeout)`);
  }, o.timeoutSec * 1000) : undefined;
  try {
    if (file.endsWith('.ipynb')) {
      const parts: string[] = [];
      for (const cell of notebookCells(source)) {
        const r = await session.run({ source: cell.source, filename: `<cell ${cell.n}>`, mode: 'cell', cellIndex: cell.n - 1, clock: o.clock, trace: o.trace });
        if (r.traceJson) parts.push(r.traceJson);
        if (r.killed) { o.stderr(r.killed + '\n'); return { status: timedOut ? 124 : 1 }; }
        if (r.status !== 0) return { status: r.status, traceJson: joinJsonArrays(parts) };
      }
      return { status: 0, traceJson: joinJsonArrays(parts) };
    }
    let translated: { code: string; map: unknown } | undefined;
    if (hostTranslates) {
      // The worker boots on its own thread meanwhile; a syntax error prints what the worker would.
      session.prestart();
      const t = o.translate!(source, file);
      if ('syntaxError' in t) { o.stderr(t.syntaxError); return { status: 1 }; }
      translated = t;
    }
    const r = await session.run({ source, filename: file, mode: 'module', clock: o.clock, trace: o.trace, translated });
    if (r.killed) { o.stderr(r.killed + '\n'); return { status: timedOut ? 124 : 1 }; }
    return { status: r.status, traceJson: r.traceJson };
  } finally {
    if (timer) clearTimeout(timer);
    session.dispose();
  }
}

/** The concatenation of JSON array texts, as one JSON array text. */
export function joinJsonArrays(parts: string[]): string {
  const items = parts.map((p) => p.trim().slice(1, -1).trim()).filter((p) => p.length > 0);
  return `[${items.join(',')}]`;
}
