// Worker entry: holds one Python namespace and one event loop; runs requests from the host.
import { parentPort, workerData } from 'worker_threads';
import { CTRL, HostToWorker, WorkerToHost, WorkerData } from './protocol';
import { lockdown } from './lockdown';
import { setInterruptSource } from '../runtime/interrupt';
import '../runtime/wiring';
import { runCode, resetSession, RunCodeOptions } from '../runtime/session';
import { startLiveTrace, flushLiveTrace, stopLiveTrace } from './traceStream';

const port = parentPort!;
const ctrl = new Int32Array((workerData as WorkerData).control);
const A = Atomics;
const post = (m: WorkerToHost) => port.postMessage(m);

// Output is batched: one message per ~8 KB, when it is 50 ms old (checked at interrupt polls, so
// a busy cell's output still shows live) or at the end of a run.
let currentId = 0;
let buf: { stream: 'stdout' | 'stderr'; text: string; since: number } | undefined;
function flush() {
  if (buf) { post({ type: buf.stream, id: currentId, text: buf.text }); buf = undefined; }
}
function write(stream: 'stdout' | 'stderr', text: string) {
  if (buf && buf.stream !== stream) flush();
  if (!buf) buf = { stream, text: '', since: Date.now() };
  buf.text += text;
  if (buf.text.length > 8192) flush();
}

setInterruptSource({
  poll: () => {
    if (buf && Date.now() - buf.since > 50) flush();
    return A.exchange(ctrl, CTRL.INTERRUPT, 0) === 1;
  },
  sleep: (ms: number) => { flush(); flushLiveTrace(); A.wait(ctrl, CTRL.SLEEP, 0, ms); },
  flush,
});
lockdown();

port.on('message', (m: HostToWorker) => {
  if (m.type === 'reset') { resetSession(); return; }
  if (m.type !== 'run') return;
  currentId = m.id;
  // On the real clock the task view follows the run live (batched trace messages).
  if (m.trace && m.clock === 'real') startLiveTrace(events => post({ type: 'trace', id: m.id, events }));
  let r;
  try {
    r = runCode(m.source, m.filename, {
      mode: m.mode, cellIndex: m.cellIndex, clock: m.clock, trace: m.trace, translated: m.translated as RunCodeOptions['translated'],
      stdout: s => write('stdout', s), stderr: s => write('stderr', s),
      display: repr => { flush(); post({ type: 'display', id: m.id, repr }); },
    });
  } catch (e: any) {
    flush();
    post({ type: 'fatal', message: `internal error: ${e?.stack ?? e}` });
    r = { status: 1, loopTime: 0 };
  }
  flush();
  stopLiveTrace();
  post({ type: 'done', id: m.id, status: r.status, error: r.error, loopTime: r.loopTime, traceJson: r.trace ? JSON.stringify(r.trace) : undefined });
});
post({ type: 'ready' });
