// str.format() / str.format_map(): CPython's Objects/stringlib/unicode_format.h.
import { E, pyErr } from './exceptions';
import { getattr } from './attrs';
import { str, repr, getitem } from './protocols';
import { format } from './format';
import { asciiEscape } from './formatPercent';

interface AutoNumber { state: number; next: number } // state: 0 init, 1 auto, 2 manual

/** fmt.format(*args, **kwargs). `kwargs` is a Kw map (str.format) or any mapping
 *  (str.format_map, looked up with __getitem__); positional args are a JS array. */
export function strFormat(fmt: string, args: any[] | undefined, kwargs?: Map<string, any> | any): string {
  return build(fmt, args, kwargs, 2, { state: 0, next: 0 });
}
export function strFormatMap(fmt: string, mapping: any): string {
  return build(fmt, undefined, mapping, 2, { state: 0, next: 0 });
}

function build(fmt: string, args: any[] | undefined, kw: any, depth: number, an: AutoNumber): string {
  if (depth <= 0) throw pyErr(E.ValueError, 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    let j = i;
    while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
    out += fmt.slice(i, j);
    if (j >= n) break;
    const c = fmt[j];
    if (c === '}') {
      if (fmt[j + 1] !== '}') throw pyErr(E.ValueError, "Single '}' encountered in format string");
      out += '}'; i = j + 2; continue;
    }
    if (j + 1 >= n) throw pyErr(E.ValueError, "Single '{' encountered in format string");
    if (fmt[j + 1] === '{') { out += '{'; i = j + 2; continue; }
    const f = parseField(fmt, j + 1);
    out += render(f, args, kw, depth, an);
    i = f.end;
  }
  return out;
}

interface Field { name: string; conv: string; spec: string; nested: boolean; end: number }

/** CPython's parse_field, scanning fmt from just after the '{'. */
function parseField(s: string, p: number): Field {
  const n = s.length, start = p;
  let c = '';
  while (p < n) {
    c = s[p++];
    if (c === '{') throw pyErr(E.ValueError, "unexpected '{' in field name");
    if (c === '[') { while (p < n && s[p] !== ']') p++; continue; }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = s.slice(start, p - 1);
  if (c === '!' || c === ':') {
    let conv = '';
    if (c === '!') {
      if (p >= n) throw pyErr(E.ValueError, 'end of string while looking for conversion specifier');
      conv = String.fromCodePoint(s.codePointAt(p)!);
      p += conv.length;
      if (p < n) {
        const d = s[p++];
        if (d === '}') return { name, conv, spec: '', nested: false, end: p };
        if (d !== ':') throw pyErr(E.ValueError, "expected ':' after conversion specifier");
      }
    }
    const specStart = p;
    let count = 1, nested = false;
    while (p < n) {
      const d = s[p++];
      if (d === '{') { nested = true; count++; } else if (d === '}' && --count === 0) {
        return { name, conv, spec: s.slice(specStart, p - 1), nested, end: p };
      }
    }
    throw pyErr(E.ValueError, "unmatched '{' in format spec");
  }
  if (c !== '}') throw pyErr(E.ValueError, "expected '}' before end of string");
  return { name, conv: '', spec: '', nested: false, end: p };
}

function render(f: Field, args: any[] | undefined, kw: any, depth: number, an: AutoNumber): string {
  let obj = fieldObject(f.name, args, kw, an);
  const conv = f.conv;
  if (conv) {
    if (conv === 'r') obj = repr(obj);
    else if (conv === 's') obj = str(obj);
    else if (conv === 'a') obj = asciiEscape(repr(obj));
    else {
      const cp = conv.codePointAt(0)!;
      throw pyErr(E.ValueError, `Unknown conversion specifier ${cp > 32 && cp < 127 ? conv : '\\x' + cp.toString(16)}`);
    }
  }
  const spec = f.nested ? build(f.spec, args, kw, depth - 1, an) : f.spec;
  return format(obj, spec);
}

function asIndex(s: string): number {
  if (s === '' || !/^[0-9]+$/.test(s)) return -1;
  if (s.length > 18) throw pyErr(E.ValueError, 'Too many decimal digits in format string');
  return parseInt(s, 10);
}

function fieldObject(name: string, args: any[] | undefined, kw: any, an: AutoNumber): any {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let idx = asIndex(first);
  const empty = first === '';
  if (empty || idx !== -1) {
    if (an.state === 0) an.state = empty ? 1 : 2;
    if (an.state === 2 && empty) throw pyErr(E.ValueError, 'cannot switch from manual field specification to automatic field numbering');
    if (an.state === 1 && !empty) throw pyErr(E.ValueError, 'cannot switch from automatic field numbering to manual field specification');
    if (empty) idx = an.next++;
  }
  let obj: any;
  if (idx === -1) {
    if (kw === undefined) throw pyErr(E.KeyError, first);
    if (kw instanceof Map) {
      obj = kw.get(first);
      if (obj === undefined) throw pyErr(E.KeyError, first);
    } else obj = getitem(kw, first);
  } else {
    if (args === undefined) throw pyErr(E.ValueError, 'Format string contains positional fields');
    if (idx >= args.length) throw pyErr(E.IndexError, `Replacement index ${idx} out of range for positional args tuple`);
    obj = args[idx];
  }
  while (i < name.length) {
    const c = name[i++];
    let part: string;
    if (c === '.') {
      const st = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      part = name.slice(st, i);
      if (part === '') throw pyErr(E.ValueError, 'Empty attribute in format string');
      obj = getattr(obj, part);
    } else if (c === '[') {
      const st = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) throw pyErr(E.ValueError, "Missing ']' in format string");
      part = name.slice(st, i);
      i++;
      if (part === '') throw pyErr(E.ValueError, 'Empty attribute in format string');
      const k = asIndex(part);
      obj = getitem(obj, k === -1 ? part : k);
    } else {
      throw pyErr(E.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}
