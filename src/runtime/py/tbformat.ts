// Format exceptions exactly like CPython 3.11's traceback module / PyErr_Display.
import { None, typeOf, PyClass } from './object';
import { PyBaseException, E } from './exceptions';
import { str } from './protocols';
import { Frame, sourceLine } from './traceback';

export function excTypeName(C: PyClass): string {
  const mod = C.$module;
  return mod === 'builtins' ? C.$qualname : `${mod}.${C.$qualname}`;
}

function frameLines(f: Frame): string {
  let s = `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
  const raw = f.text ?? sourceLine(f.file, f.line);
  if (raw === undefined) return s;
  const stripped = raw.trim();
  if (!stripped) return s;
  s += `    ${stripped}\n`;
  if (f.col === undefined || f.endCol === undefined) return s;
  const lead = raw.length - raw.trimStart().length;
  const start = f.col;
  let end = f.endCol;
  if (f.endLine !== undefined && f.endLine !== f.line) end = lead + stripped.length;
  if (end - start < stripped.length && end > start) {
    s += '    ' + ' '.repeat(start - lead) + '^'.repeat(end - start) + '\n';
  }
  return s;
}

function formatFrames(frames: Frame[]): string {
  let out = '';
  let last = '';
  let repeat = 0;
  for (const f of frames) {
    const key = `${f.file}:${f.line}:${f.name}`;
    if (key === last) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
      last = key; repeat = 1;
    }
    out += frameLines(f);
  }
  if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
  return out;
}

export function excOnly(e: PyBaseException): string {
  const name = excTypeName(typeOf(e));
  let msg: string;
  try { msg = str(e); } catch { msg = '<exception str() failed>'; }
  let s = msg ? `${name}: ${msg}\n` : `${name}\n`;
  const notes = e.__notes__;
  if (notes) for (const n of notes) s += `${n}\n`;
  return s;
}

/** The full text `traceback.print_exception(e)` writes, with cause/context chains. */
export function formatException(e: PyBaseException, seen = new Set<any>()): string {
  seen.add(e);
  let s = '';
  const cause = e.__cause__;
  const ctx = e.__context__;
  if (cause && cause !== None && !seen.has(cause)) {
    s += formatException(cause, seen) + '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (ctx && ctx !== None && !e.__suppress_context__ && !seen.has(ctx)) {
    s += formatException(ctx, seen) + '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (isGroup(e)) return s + formatGroup(e, '', seen);
  const frames: Frame[] = e.$frames ?? [];
  if (frames.length) s += 'Traceback (most recent call last):\n' + formatFrames(frames);
  return s + excOnly(e);
}

function isGroup(e: any): boolean { return e.$cls.$mro.includes(E.BaseExceptionGroup); }

/** PEP 654 exception-group display (3.11 layout). */
function formatGroup(e: PyBaseException, indent: string, seen: Set<any>, depth = 0): string {
  const lines: string[] = [];
  const frames: Frame[] = e.$frames ?? [];
  const head = depth === 0 ? '  + ' : '';
  let body = '';
  if (frames.length) body += 'Exception Group Traceback (most recent call last):\n' + formatFrames(frames);
  body += excOnly(e);
  const bl = body.replace(/\n$/, '').split('\n');
  if (depth === 0) {
    lines.push(`${indent}${head}${bl[0]}`);
    for (const l of bl.slice(1)) lines.push(`${indent}  | ${l}`);
  } else {
    for (const l of bl) lines.push(`${indent}| ${l}`);
  }
  const subs: any[] = Array.from(e.exceptions ?? []);
  const inner = indent + (depth === 0 ? '  ' : '  ');
  subs.forEach((sub, i) => {
    const label = `${i + 1}`;
    const bar = '-'.repeat(16);
    lines.push(`${inner}${i === 0 ? '+-+' : '+-'}${bar} ${label} ${bar}`.replace('+-+-', '+-+').replace(/^(\s*)\+-\+/, '$1+-+'));
    let text: string;
    if (isGroup(sub)) text = formatGroup(sub, inner + '  ', seen, depth + 1);
    else text = formatException(sub, seen).replace(/\n$/, '').split('\n').map(l => `${inner}  | ${l}`).join('\n') + '\n';
    lines.push(text.replace(/\n$/, ''));
  });
  if (subs.length) lines.push(`${inner}  +------------------------------------`);
  return lines.join('\n') + '\n';
}
