// "The loop at a moment" and "why" panes: current task, ready queue, timers, blocked loop,
// and plain-words explanations for the selected task and the others.
import { Timeline, laneTitle, fmtT } from './model';
import { loopAt, why } from './moment';
import { el } from './dom';

const MAX_LIST = 50;

export function renderSide(host: HTMLElement, tl: Timeline, moment: number, selected: number, rows: number[]) {
  const m = loopAt(tl, moment);
  const parts: HTMLElement[] = [];
  const head = el('div', 'al-now');
  head.append(el('strong', '', `t = ${fmtT(m.t)}`), el('span', 'al-dim', ` · event ${m.index + 1} of ${tl.events.length}`));
  parts.push(head, el('div', 'al-what', m.what));

  parts.push(el('h3', '', 'Current task'));
  parts.push(el('div', 'al-current', m.current !== undefined ? laneTitle(tl.lanes[m.current], moment) : 'none: the loop is between task steps'));
  if (m.blocked) {
    parts.push(el('div', 'al-blocked-banner', `Loop blocked by sync code for ${m.blocked.dur}s${m.blocked.line ? ` at line ${m.blocked.line}` : ''}: no other task can run.`));
  }

  parts.push(el('h3', '', `Ready queue (${m.ready.length})`));
  if (!m.ready.length) parts.push(el('div', 'al-dim al-ready-empty', 'empty'));
  else {
    const ol = el('ol', 'al-ready');
    for (const li of m.ready.slice(0, MAX_LIST)) ol.append(el('li', '', laneTitle(tl.lanes[li], moment)));
    if (m.ready.length > MAX_LIST) ol.append(el('li', 'al-dim', `… ${m.ready.length - MAX_LIST} more`));
    parts.push(ol);
  }

  parts.push(el('h3', '', `Timers (${m.timers.length})`));
  if (!m.timers.length) parts.push(el('div', 'al-dim', 'none'));
  else {
    const ul = el('ul', 'al-timers');
    for (const t of m.timers.slice(0, MAX_LIST)) {
      const li = el('li', '');
      li.append(el('strong', '', `t=${fmtT(t.when)}`), document.createTextNode(` ${t.cb.replace(/ at \/.*$/, '')}`));
      ul.append(li);
    }
    parts.push(ul);
  }

  parts.push(el('h3', '', 'Why'));
  const whyList = el('ul', 'al-why');
  const order = selected >= 0 ? [selected, ...rows.filter(r => r !== selected)] : rows;
  for (const li of order.slice(0, MAX_LIST)) {
    if (tl.lanes[li].created > moment) continue;
    const item = el('li', li === selected ? 'al-why-selected' : '', why(tl, li, moment));
    item.dataset.lane = String(li);
    whyList.append(item);
  }
  if (!whyList.childElementCount) whyList.append(el('li', 'al-dim', 'no task exists yet at this moment'));
  parts.push(whyList);
  host.replaceChildren(...parts);
}
