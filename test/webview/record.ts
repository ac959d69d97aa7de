// Records a runtime trace by running a Python program in-process with tracing on, as the sandbox
// worker does for `asyncio-lab run --trace`.
import * as fs from 'fs';
import * as path from 'path';
import { runCode } from '../../src/runtime/session';
import { setDefaultTrace, TraceEvent } from '../../src/runtime/trace';
import '../../src/runtime/wiring';

export const FIXTURES = path.join(__dirname, 'fixtures');

export function recordTrace(file: string): { events: TraceEvent[]; stdout: string } {
  const source = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
  const events: TraceEvent[] = [];
  let stdout = '';
  setDefaultTrace(events);
  try {
    runCode(source, file, { mode: 'module', stdout: s => { stdout += s; }, stderr: () => undefined });
  } finally {
    setDefaultTrace(undefined);
  }
  return { events, stdout };
}
