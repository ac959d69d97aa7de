// Task.set_name() is recorded as a { k: 'name' } event and the model shows a task's name as it
// was at each moment.
import * as assert from 'assert';
import { recordTrace } from '../record';
import { buildTimeline, laneTitle, nameAt } from '../../../src/webview/client/model';
import { describeEvent, why } from '../../../src/webview/client/moment';

describe('webview model: task renames (Task.set_name)', () => {
  const { events } = recordTrace('renamed.py');
  const tl = buildTimeline(events);
  const lane = tl.lanes.find(l => l.coro.startsWith('worker'))!;
  const renames = events.map((e, i) => ({ e, i })).filter(x => x.e.k === 'name');

  it('records create_task(name=...) and a later set_name() as name events', () => {
    assert.deepStrictEqual(renames.map(x => (x.e as any).name), ['first', 'renamed']);
    assert.ok(renames.every(x => (x.e as any).id === lane.id));
    assert.strictEqual((renames[1].e as any).t, 1, 'renamed at t=1 on the virtual clock');
  });

  it('shows each name from the moment it was set', () => {
    const [named, renamed] = renames.map(x => x.i);
    assert.strictEqual(nameAt(lane, lane.created), 'Task-2');
    assert.strictEqual(nameAt(lane, named), 'first');
    assert.strictEqual(nameAt(lane, renamed - 1), 'first');
    assert.strictEqual(laneTitle(lane, renamed), "renamed 'worker'");
    assert.strictEqual(laneTitle(lane), "renamed 'worker'", 'without a moment: the latest name');
    assert.match(describeEvent(tl, renamed), /^t=1\.0: first 'worker' renamed to 'renamed'$/);
    const li = tl.lanes.indexOf(lane);
    assert.match(why(tl, li, renamed - 1), /^first 'worker' is running/);
    const suspended = events.findIndex((e, i) => i > renamed && e.k === 'stepEnd');
    assert.match(why(tl, li, suspended), /^renamed 'worker' is pending: it awaits asyncio\.sleep\(1\)/);
  });

  it('takes the coroutine file from its repr', () => {
    assert.strictEqual(lane.file, 'renamed.py');
  });
});
