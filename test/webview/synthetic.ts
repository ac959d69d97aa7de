// A synthetic trace: `tasks` tasks that each sleep and wake a few times (for scale tests).
import { TraceEvent } from '../../src/webview/client/model';

export function syntheticTrace(tasks: number, eventsPerTask: number): TraceEvent[] {
  const ev: TraceEvent[] = [{ k: 'loop', t: 0, phase: 'start' }];
  for (let id = 1; id <= tasks; id++) ev.push({ k: 'task', id, name: `Task-${id}`, coro: `worker()`, t: 0 });
  const rounds = Math.max(1, Math.floor((eventsPerTask - 2) / 4));
  for (let r = 0; r < rounds; r++) {
    for (let id = 1; id <= tasks; id++) {
      const t = r * 0.01;
      ev.push({ k: 'step', id, t });
      if (r === rounds - 1) ev.push({ k: 'done', id, t, result: 'None' }, { k: 'stepEnd', id, t });
      else ev.push({ k: 'wait', id, t, on: { kind: 'sleep', desc: 'sleep(0.01)', until: t + 0.01 } }, { k: 'stepEnd', id, t }, { k: 'wake', id, t: t + 0.01 });
    }
  }
  return ev;
}
