// Which code the task view's code pane shows: the Python line of the selected task (or of the
// task running) at the selected moment, and the translation lines linked to a Python line and
// back. Pure.
import { Timeline, segmentAt } from './model';
import { segmentLine } from './timelineView';
import { loopAt } from './moment';
import type { CodeFile } from '../protocol';

export interface CodeFocus {
  /** Lane shown: the selected one, else the task running at the moment, else the task the
   *  moment's event is about. */
  lane: number;
  file: string;
  /** Python line of the lane at the moment, when known. */
  line?: number;
}

export function codeFocus(tl: Timeline, selected: number, moment: number): CodeFocus | undefined {
  const about = (tl.events[moment] as { id?: number } | undefined)?.id;
  const li = selected >= 0 ? selected : loopAt(tl, moment).current ?? (about !== undefined ? tl.taskLane.get(about) : undefined);
  const lane = li === undefined ? undefined : tl.lanes[li];
  if (li === undefined || !lane || lane.kind !== 'task' || !lane.file) return undefined;
  const seg = segmentAt(lane, moment);
  const line = seg ? segmentLine(lane, lane.segments.indexOf(seg)) : undefined;
  return { lane: li, file: lane.file, line };
}

export interface Highlight { python: number[]; translation: number[] }

/** A Python line and the translation lines made from it. */
export function fromPython(f: CodeFile, line: number | undefined): Highlight {
  if (line === undefined || line < 1) return { python: [], translation: [] };
  return { python: [line], translation: f.pyToTs[line] ?? [] };
}

/** A translation line, its Python line and that line's other translation lines. */
export function fromTranslation(f: CodeFile, line: number): Highlight {
  const py = f.tsToPy[line] ?? 0;
  if (!py) return { python: [], translation: [line] };
  const ts = f.pyToTs[py] ?? [];
  return { python: [py], translation: ts.includes(line) ? ts : [...ts, line].sort((a, b) => a - b) };
}
