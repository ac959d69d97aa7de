// The in-memory filesystem behind builtin open(), os/os.path and aiofiles. The sandbox has no disk:
// files live for one program run (resetMemfs at program start). Paths are POSIX; relative paths
// resolve against cwd ('/tmp' unless the host sets another).
import { PyObject, nativeClass, None, PyClass, typeName } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc } from '../py/call';
import { str, repr, iter } from '../py/protocols';
import { PyBytes } from '../py/bytes';
import { onProgramStart } from '../lifecycle';

interface Node { data: Uint8Array; }
const files = new Map<string, Node>();
const dirs = new Set<string>(['/', '/tmp']);
let cwd = '/tmp';

export function resetMemfs() { files.clear(); dirs.clear(); dirs.add('/'); dirs.add('/tmp'); cwd = '/tmp'; }
onProgramStart(resetMemfs);
export function getCwd() { return cwd; }
export function setCwd(p: string) {
  const a = absPath(p);
  if (!dirs.has(a)) throw osError(E.FileNotFoundError, 2, 'No such file or directory', p);
  cwd = a;
}

/** Normalised absolute path (os.path.abspath). */
export function absPath(p: string): string {
  const parts = (p.startsWith('/') ? p : `${cwd}/${p}`).split('/');
  const out: string[] = [];
  for (const s of parts) {
    if (!s || s === '.') continue;
    if (s === '..') out.pop(); else out.push(s);
  }
  return '/' + out.join('/');
}
const parentOf = (a: string) => (a.lastIndexOf('/') <= 0 ? '/' : a.slice(0, a.lastIndexOf('/')));

export function osError(C: PyClass, errno: number, msg: string, filename: any) {
  return pyErr(C, errno, msg, filename);
}

export const fs = {
  exists: (p: string) => { const a = absPath(p); return files.has(a) || dirs.has(a); },
  isFile: (p: string) => files.has(absPath(p)),
  isDir: (p: string) => dirs.has(absPath(p)),
  read(p: string): Uint8Array {
    const a = absPath(p);
    if (dirs.has(a)) throw osError(E.IsADirectoryError, 21, 'Is a directory', p);
    const n = files.get(a);
    if (!n) throw osError(E.FileNotFoundError, 2, 'No such file or directory', p);
    return n.data;
  },
  write(p: string, data: Uint8Array) {
    const a = absPath(p);
    if (dirs.has(a)) throw osError(E.IsADirectoryError, 21, 'Is a directory', p);
    if (!dirs.has(parentOf(a))) throw osError(E.FileNotFoundError, 2, 'No such file or directory', p);
    files.set(a, { data });
  },
  remove(p: string) {
    const a = absPath(p);
    if (dirs.has(a)) throw osError(E.IsADirectoryError, 21, 'Is a directory', p);
    if (!files.delete(a)) throw osError(E.FileNotFoundError, 2, 'No such file or directory', p);
  },
  mkdir(p: string, existOk = false, parents = false) {
    const a = absPath(p);
    if (files.has(a) || dirs.has(a)) { if (existOk && dirs.has(a)) return; throw osError(E.FileExistsError, 17, 'File exists', p); }
    if (!dirs.has(parentOf(a))) {
      if (!parents) throw osError(E.FileNotFoundError, 2, 'No such file or directory', p);
      fs.mkdir(parentOf(a), true, true);
    }
    dirs.add(a);
  },
  rmdir(p: string) {
    const a = absPath(p);
    if (!dirs.has(a)) throw osError(E.FileNotFoundError, 2, 'No such file or directory', p);
    if (fs.list(p).length) throw osError(E.OSError, 39, 'Directory not empty', p);
    dirs.delete(a);
  },
  list(p: string): string[] {
    const a = absPath(p);
    if (!dirs.has(a)) throw osError(files.has(a) ? E.NotADirectoryError : E.FileNotFoundError, files.has(a) ? 20 : 2, files.has(a) ? 'Not a directory' : 'No such file or directory', p);
    const pre = a === '/' ? '/' : a + '/';
    const names = [...files.keys(), ...dirs].filter(k => k !== a && k.startsWith(pre) && !k.slice(pre.length).includes('/')).map(k => k.slice(pre.length));
    return names;
  },
  rename(src: string, dst: string) {
    const a = absPath(src), b = absPath(dst);
    const n = files.get(a);
    if (!n) throw osError(E.FileNotFoundError, 2, 'No such file or directory', src);
    files.delete(a); files.set(b, n);
  },
  size: (p: string) => fs.read(p).length,
};

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8');

// ------------------------------------------------------------------ file objects

export class PyFile extends PyObject {
  $path = ''; $name: any = ''; $mode = 'r'; $binary = false; $read = false; $write = false; $append = false;
  $buf = new Uint8Array(0); $pos = 0; $closed = false; $text = ''; $textPos = 0;
  get name() { return this.$name; }
  get mode() { return this.$mode; }
  get closed() { return this.$closed; }
  get encoding() { if (this.$binary) throw pyErr(E.AttributeError, `'_io.BufferedReader' object has no attribute 'encoding'`); return 'utf-8'; }
}

function check(f: PyFile, op: 'r' | 'w' | '') {
  if (f.$closed) throw pyErr(E.ValueError, 'I/O operation on closed file.');
  if (op === 'r' && !f.$read) throw unsupported('not readable');
  if (op === 'w' && !f.$write) throw unsupported('not writable');
}
let unsupportedClass: PyClass | undefined;
function unsupported(msg: string) {
  unsupportedClass ??= nativeClass({ name: 'UnsupportedOperation', module: 'io', bases: [E.OSError, E.ValueError], es: (E.OSError as any).$es });
  return pyErr(unsupportedClass, msg);
}
export function unsupportedOperationClass(): PyClass { unsupported(''); return unsupportedClass!; }

/** Text files keep a decoded string (universal newlines on read); binary files a byte buffer. */
function flushToFs(f: PyFile) {
  if (!f.$write) return;
  fs.write(f.$path, f.$binary ? f.$buf : enc.encode(f.$text));
}

export function openFile(file: any, mode: any = 'r', encoding: any = None): PyFile {
  if (typeof mode !== 'string') throw pyErr(E.TypeError, `open() argument 'mode' must be str, not ${typeName(mode)}`);
  const m = mode;
  const kinds = [...m].filter(c => 'rwax'.includes(c));
  if (kinds.length !== 1 || /[^rwaxbt+]/.test(m) || (m.includes('b') && m.includes('t')) || new Set(m).size !== m.length) {
    throw pyErr(E.ValueError, `invalid mode: '${m}'`);
  }
  if (m.includes('b') && encoding !== None) throw pyErr(E.ValueError, "binary mode doesn't take an encoding argument");
  const path = file instanceof PyBytes ? dec.decode(file.$b) : str(file);
  const f = new PyFile();
  f.$path = path; f.$name = file; f.$mode = m; f.$binary = m.includes('b');
  const k = kinds[0], plus = m.includes('+');
  f.$read = k === 'r' || plus; f.$write = k !== 'r' || plus; f.$append = k === 'a';
  let data: Uint8Array;
  if (k === 'r') data = fs.read(path);
  else if (k === 'x') { if (fs.exists(path)) throw osError(E.FileExistsError, 17, 'File exists', path); data = new Uint8Array(0); fs.write(path, data); }
  else if (k === 'w') { data = new Uint8Array(0); fs.write(path, data); }
  else { data = fs.exists(path) ? fs.read(path) : new Uint8Array(0); fs.write(path, data); }
  if (f.$binary) { f.$buf = data.slice(); f.$pos = f.$append ? data.length : 0; } else {
    f.$text = dec.decode(data);
    f.$textPos = f.$append ? f.$text.length : 0;
  }
  return f;
}

function readText(f: PyFile, size: number): string {
  let rest = f.$text.slice(f.$textPos);
  if (size >= 0) rest = [...rest].slice(0, size).join('');
  f.$textPos += rest.length;
  return rest.replace(/\r\n?/g, '\n');
}
function readLine(f: PyFile, limit = -1): string {
  const t = f.$text;
  let end = t.indexOf('\n', f.$textPos);
  const cr = t.indexOf('\r', f.$textPos);
  if (cr >= 0 && (end < 0 || cr < end)) end = t[cr + 1] === '\n' ? cr + 1 : cr;
  end = end < 0 ? t.length : end + 1;
  if (limit >= 0) end = Math.min(end, f.$textPos + limit);
  const line = t.slice(f.$textPos, end);
  f.$textPos = end;
  return line.replace(/\r\n?/g, '\n');
}
function readLineBin(f: PyFile): Uint8Array {
  const b = f.$buf;
  let end = b.indexOf(10, f.$pos);
  end = end < 0 ? b.length : end + 1;
  const r = b.slice(f.$pos, end);
  f.$pos = end;
  return r;
}
function write(f: PyFile, s: any): number {
  check(f, 'w');
  if (f.$binary) {
    if (!(s instanceof PyBytes)) throw pyErr(E.TypeError, `a bytes-like object is required, not '${typeName(s)}'`);
    const pos = f.$append ? f.$buf.length : f.$pos;
    const nb = new Uint8Array(Math.max(f.$buf.length, pos + s.$b.length));
    nb.set(f.$buf); nb.set(s.$b, pos);
    f.$buf = nb; f.$pos = pos + s.$b.length;
    flushToFs(f);
    return s.$b.length;
  }
  if (typeof s !== 'string') throw pyErr(E.TypeError, `write() argument must be str, not ${typeName(s)}`);
  const pos = f.$append ? f.$text.length : f.$textPos;
  f.$text = f.$text.slice(0, pos) + s + f.$text.slice(pos + s.length);
  f.$textPos = pos + s.length;
  flushToFs(f);
  return [...s].length;
}

const num = (v: any, d = -1) => (v === None || v === undefined ? d : Number(v));

export const fileClass: PyClass = nativeClass({ name: 'TextIOWrapper', module: '_io', es: PyFile, dict: {
  read(this: PyFile, size: any = -1) {
    check(this, 'r');
    if (this.$binary) { const n = num(size); const end = n < 0 ? this.$buf.length : Math.min(this.$buf.length, this.$pos + n); const r = this.$buf.slice(this.$pos, end); this.$pos = end; return new PyBytes(r); }
    return readText(this, num(size));
  },
  readline(this: PyFile, size: any = -1) { check(this, 'r'); return this.$binary ? new PyBytes(readLineBin(this)) : readLine(this, num(size)); },
  readlines(this: PyFile) {
    check(this, 'r');
    const out: any[] = [];
    for (;;) { const l = this.$binary ? readLineBin(this) : readLine(this); if (!l.length) return out; out.push(this.$binary ? new PyBytes(l as Uint8Array) : l); }
  },
  write(this: PyFile, s: any) { return write(this, s); },
  writelines(this: PyFile, lines: any) { for (const l of iter(lines)) write(this, l); return None; },
  close(this: PyFile) { if (!this.$closed) { flushToFs(this); this.$closed = true; } return None; },
  flush(this: PyFile) { check(this, ''); flushToFs(this); return None; },
  seek(this: PyFile, pos: any, whence: any = 0) {
    check(this, '');
    const w = num(whence, 0), p = num(pos, 0);
    const len = this.$binary ? this.$buf.length : this.$text.length;
    const cur = this.$binary ? this.$pos : this.$textPos;
    const target = w === 0 ? p : w === 1 ? cur + p : len + p;
    if (this.$binary) this.$pos = target; else this.$textPos = target;
    return target;
  },
  tell(this: PyFile) { check(this, ''); return this.$binary ? this.$pos : enc.encode(this.$text.slice(0, this.$textPos)).length; },
  truncate(this: PyFile, size: any = None) {
    check(this, 'w');
    const n = size === None ? (this.$binary ? this.$pos : this.$textPos) : Number(size);
    if (this.$binary) this.$buf = this.$buf.slice(0, n); else this.$text = this.$text.slice(0, n);
    flushToFs(this); return n;
  },
  readable(this: PyFile) { check(this, ''); return this.$read; },
  writable(this: PyFile) { check(this, ''); return this.$write; },
  seekable() { return true; },
  isatty() { return false; },
  fileno() { return 3; },
  __enter__(this: PyFile) { check(this, ''); return this; },
  __exit__(this: PyFile) { (fileClass.prototype.close as any).call(this); return None; },
  __iter__(this: PyFile) { check(this, ''); return this; },
  __next__(this: PyFile) {
    check(this, 'r');
    const l = this.$binary ? readLineBin(this) : readLine(this);
    if (!l.length) throw pyErr(E.StopIteration);
    return this.$binary ? new PyBytes(l as Uint8Array) : l;
  },
  __repr__(this: PyFile) {
    if (this.$binary) return `<_io.${this.$read && !this.$write ? 'BufferedReader' : this.$write && !this.$read ? 'BufferedWriter' : 'BufferedRandom'} name=${repr(this.$name)}>`;
    return `<_io.TextIOWrapper name=${repr(this.$name)} mode=${repr(this.$mode)} encoding='utf-8'>`;
  },
} });

/** builtin open() */
export const openBuiltin = pyfunc('open', ['file', 'mode=', 'buffering=', 'encoding=', 'errors=', 'newline=', 'closefd=', 'opener='],
  (file: any, mode: any, _b: any, encoding: any) => openFile(file, mode, encoding), ['r', -1, None, None, None, true, None]);
