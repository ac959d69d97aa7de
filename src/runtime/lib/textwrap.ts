// `textwrap` (CPython 3.11 Lib/textwrap.py): TextWrapper with the same chunking regular expression
// (words, hyphenated words, em-dashes, whitespace runs) and line-filling rules, plus wrap, fill,
// shorten, dedent and indent. Lengths count code points, as Python's len() does.
import { PyObject, nativeClass, None } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, call, Kw } from '../py/call';
import { getattr, setattr } from '../py/attrs';
import { repr, truthy } from '../py/protocols';
import { registerModule } from '../py/modules';

const WS = '\\t\\n\\x0b\\x0c\\r ';
const len = (s: string) => { let n = 0; for (const _ of s) n++; return n; };
const cpSlice = (s: string, a: number, b?: number) => Array.from(s).slice(a, b).join('');
const isBlank = (s: string) => /^\s*$/u.test(s);

// TextWrapper.wordsep_re: whitespace | em-dash between words | a word, possibly hyphenated.
const wp = `[\\p{L}\\p{N}_!"'&.,?]`, lt = `[\\p{L}_]`, ws = `[${WS}]`, nws = `[^${WS}]`;
const WORDSEP = new RegExp(`(${ws}+|(?<=${wp})-{2,}(?=[\\p{L}\\p{N}_])|${nws}+?(?:-(?:(?<=${lt}{2}-)|(?<=${lt}-${lt}-))(?=${lt}-?${lt})|(?=${ws}|$)|(?<=${wp})(?=-{2,}[\\p{L}\\p{N}_])))`, 'u');
const WORDSEP_SIMPLE = new RegExp(`(${ws}+)`, 'u');
const SENTENCE_END = /[a-z][.!?]["']?$/;

const OPTIONS: [string, any][] = [['width', 70], ['initial_indent', ''], ['subsequent_indent', ''], ['expand_tabs', true],
  ['replace_whitespace', true], ['fix_sentence_endings', false], ['break_long_words', true], ['drop_whitespace', true],
  ['break_on_hyphens', true], ['tabsize', 8], ['max_lines', None], ['placeholder', ' [...]']];

/** str.expandtabs(tabsize) */
export function expandTabs(s: string, tabsize: number): string {
  let out = '', col = 0;
  for (const c of s) {
    if (c === '\t') { if (tabsize > 0) { const n = tabsize - (col % tabsize); out += ' '.repeat(n); col += n; } }
    else { out += c; col = c === '\n' || c === '\r' ? 0 : col + 1; }
  }
  return out;
}

interface Opts { width: number; initial_indent: string; subsequent_indent: string; expand_tabs: boolean; replace_whitespace: boolean;
  fix_sentence_endings: boolean; break_long_words: boolean; drop_whitespace: boolean; break_on_hyphens: boolean; tabsize: number;
  max_lines: any; placeholder: string }

function optsOf(w: any): Opts {
  const o: any = {};
  for (const [k] of OPTIONS) o[k] = getattr(w, k);
  for (const k of ['expand_tabs', 'replace_whitespace', 'fix_sentence_endings', 'break_long_words', 'drop_whitespace']) o[k] = truthy(o[k]);
  return o;
}

function splitChunks(o: Opts, text: string): string[] {
  if (o.expand_tabs) text = expandTabs(text, o.tabsize);
  if (o.replace_whitespace) text = text.replace(/[\t\n\x0b\x0c\r]/g, ' ');
  const chunks = text.split(o.break_on_hyphens === true ? WORDSEP : WORDSEP_SIMPLE).filter(c => c);
  if (o.fix_sentence_endings) {
    for (let i = 0; i < chunks.length - 1;) {
      if (chunks[i + 1] === ' ' && SENTENCE_END.test(chunks[i])) { chunks[i + 1] = '  '; i += 2; } else i += 1;
    }
  }
  return chunks;
}

function handleLongWord(o: Opts, chunks: string[], line: string[], curLen: number, width: number) {
  const spaceLeft = width < 1 ? 1 : width - curLen;
  if (o.break_long_words) {
    let end = spaceLeft;
    const chunk = chunks[chunks.length - 1];
    if (o.break_on_hyphens && len(chunk) > spaceLeft) {
      const hyphen = cpSlice(chunk, 0, spaceLeft).lastIndexOf('-');
      const h = hyphen < 0 ? -1 : len(chunk.slice(0, hyphen));
      if (h > 0 && /[^-]/.test(cpSlice(chunk, 0, h))) end = h + 1;
    }
    line.push(cpSlice(chunk, 0, end));
    chunks[chunks.length - 1] = cpSlice(chunk, end);
  } else if (!line.length) line.push(chunks.pop()!);
}

/** TextWrapper._wrap_chunks */
function wrapChunks(o: Opts, chunks: string[]): string[] {
  const lines: string[] = [];
  if (o.width <= 0) throw pyErr(E.ValueError, `invalid width ${repr(o.width)} (must be > 0)`);
  const ph = o.placeholder;
  if (o.max_lines !== None) {
    const indent = o.max_lines > 1 ? o.subsequent_indent : o.initial_indent;
    if (len(indent) + len(ph.replace(/^\s+/u, '')) > o.width) throw pyErr(E.ValueError, 'placeholder too large for max width');
  }
  chunks.reverse();
  const top = () => chunks[chunks.length - 1];
  while (chunks.length) {
    const line: string[] = [];
    let curLen = 0;
    const indent = lines.length ? o.subsequent_indent : o.initial_indent;
    const width = o.width - len(indent);
    if (o.drop_whitespace && isBlank(top()) && lines.length) chunks.pop();
    while (chunks.length) {
      const l = len(top());
      if (curLen + l > width) break;
      line.push(chunks.pop()!); curLen += l;
    }
    if (chunks.length && len(top()) > width) {
      handleLongWord(o, chunks, line, curLen, width);
      curLen = line.reduce((n, c) => n + len(c), 0);
    }
    if (o.drop_whitespace && line.length && isBlank(line[line.length - 1])) curLen -= len(line.pop()!);
    if (!line.length) continue;
    if (o.max_lines === None || lines.length + 1 < o.max_lines ||
      ((!chunks.length || (o.drop_whitespace && chunks.length === 1 && isBlank(chunks[0]))) && curLen <= width)) {
      lines.push(indent + line.join(''));
      continue;
    }
    placeholderLine(o, lines, line, curLen, width, indent);
    break;
  }
  return lines;
}

/** The last line when max_lines cuts the text: words that fit, then the placeholder. */
function placeholderLine(o: Opts, lines: string[], line: string[], curLen: number, width: number, indent: string) {
  const ph = o.placeholder;
  while (line.length) {
    if (!isBlank(line[line.length - 1]) && curLen + len(ph) <= width) { line.push(ph); lines.push(indent + line.join('')); return; }
    curLen -= len(line.pop()!);
  }
  if (lines.length) {
    const prev = lines[lines.length - 1].replace(/\s+$/u, '');
    if (len(prev) + len(ph) <= o.width) { lines[lines.length - 1] = prev + ph; return; }
  }
  lines.push(indent + ph.replace(/^\s+/u, ''));
}

const wrapText = (w: any, text: any) => wrapChunks(optsOf(w), splitChunks(optsOf(w), text));

class TextWrapper extends PyObject {}
const INIT_SPEC = OPTIONS.map(([k]) => `${k}=`);
const textWrapperClass = nativeClass({ name: 'TextWrapper', module: 'textwrap', es: TextWrapper, dict: {
  __init__: pyfunc('__init__', INIT_SPEC, function (this: any, ...vals: any[]) {
    OPTIONS.forEach(([k], i) => setattr(this, k, vals[i]));
    return None;
  }, OPTIONS.map(([, v]) => v), 'TextWrapper.__init__'),
  wrap: pyfunc('wrap', ['text'], function (this: any, text: any) { return wrapText(this, text); }, [], 'TextWrapper.wrap'),
  fill: pyfunc('fill', ['text'], function (this: any, text: any) { return wrapText(this, text).join('\n'); }, [], 'TextWrapper.fill'),
} });

function makeWrapper(width: any, kw: Kw): any {
  const w = call(textWrapperClass);
  setattr(w, 'width', width);
  for (const [k, v] of kw) {
    if (!OPTIONS.some(([n]) => n === k)) throw pyErr(E.TypeError, `TextWrapper.__init__() got an unexpected keyword argument '${k}'`);
    setattr(w, k, v);
  }
  return w;
}

/** textwrap.dedent: remove the longest common leading run of spaces/tabs of the non-blank lines. */
export function dedent(text: string): string {
  const lines = text.split('\n').map(l => (/^[ \t]+$/.test(l) ? '' : l));
  let margin: string | undefined;
  for (const l of lines) {
    const m = /^([ \t]*)[^ \t\n]/.exec(l);
    if (!m) continue;
    const ind = m[1];
    if (margin === undefined || margin.startsWith(ind)) margin = ind;
    else if (!ind.startsWith(margin)) {
      let i = 0;
      while (i < margin.length && margin[i] === ind[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  return margin ? lines.map(l => (l.startsWith(margin!) ? l.slice(margin!.length) : l)).join('\n') : lines.join('\n');
}

/** str.splitlines(keepends=True) */
function splitLinesKeep(s: string): string[] {
  return s.match(/[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]|$)/g)!.filter(x => x);
}

registerModule('textwrap', () => ({
  TextWrapper: textWrapperClass,
  wrap: pyfunc('wrap', ['text', 'width=', '**kwargs'], (text: any, width: any, kw: Kw) => wrapText(makeWrapper(width, kw), text), [70]),
  fill: pyfunc('fill', ['text', 'width=', '**kwargs'], (text: any, width: any, kw: Kw) => wrapText(makeWrapper(width, kw), text).join('\n'), [70]),
  shorten: pyfunc('shorten', ['text', 'width', '**kwargs'], (text: any, width: any, kw: Kw) => {
    const w = makeWrapper(width, kw);
    setattr(w, 'max_lines', 1);
    return wrapText(w, String(text).trim().split(/\s+/u).filter(Boolean).join(' ')).join('\n');
  }),
  dedent: pyfunc('dedent', ['text'], (t: any) => dedent(t)),
  indent: pyfunc('indent', ['text', 'prefix', 'predicate='], (text: any, prefix: any, pred: any) => splitLinesKeep(text)
    .map(l => ((pred === None ? !isBlank(l) : truthy(call(pred, l))) ? prefix + l : l)).join(''), [None]),
}));
