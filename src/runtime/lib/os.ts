// `os` and `os.path` (minimal, over the in-memory filesystem).
import { None, tuple } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc } from '../py/call';
import { str } from '../py/protocols';
import { registerModule, importModule } from '../py/modules';
import { cpuCount } from '../executor';
import { fs, absPath, getCwd, setCwd } from './memfs';
import { newDict } from './_rt';
import { PID } from './_logrecord';

export function abspath(p: string): string { return absPath(p); }
export function normpath(p: string): string {
  if (!p) return '.';
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const s of p.split('/')) {
    if (!s || s === '.') continue;
    if (s === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (s === '..' && abs) continue;
    else out.push(s);
  }
  const r = (abs ? (p.startsWith('//') && !p.startsWith('///') ? '//' : '/') : '') + out.join('/');
  return r || (abs ? '/' : '.');
}
export function join(a: string, ...ps: string[]): string {
  let r = a;
  for (const p of ps) {
    if (p.startsWith('/')) r = p;
    else if (!r || r.endsWith('/')) r += p;
    else r += '/' + p;
  }
  return r;
}
const split = (p: string): [string, string] => {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return [head, p.slice(i)];
};
function splitext(p: string): [string, string] {
  const [, tail] = split(p);
  const dot = tail.lastIndexOf('.');
  if (dot <= 0 || /^\.+$/.test(tail.slice(0, dot + 1))) return [p, ''];
  const cut = p.length - (tail.length - dot);
  return [p.slice(0, cut), p.slice(cut)];
}
const s1 = (f: (p: string) => any) => (p: any) => f(str(p));

function pathModule(): Record<string, any> {
  return {
    sep: '/', altsep: None, extsep: '.', pathsep: ':', curdir: '.', pardir: '..', devnull: '/dev/null',
    join: pyfunc('join', ['a', '*p'], (a: any, ps: any[]) => join(str(a), ...ps.map(str))),
    basename: pyfunc('basename', ['p'], s1(p => split(p)[1])),
    dirname: pyfunc('dirname', ['p'], s1(p => split(p)[0])),
    split: pyfunc('split', ['p'], s1(p => tuple(split(p)))),
    splitext: pyfunc('splitext', ['p'], s1(p => tuple(splitext(p)))),
    abspath: pyfunc('abspath', ['path'], s1(absPath)),
    normpath: pyfunc('normpath', ['path'], s1(normpath)),
    isabs: pyfunc('isabs', ['s'], s1(p => p.startsWith('/'))),
    exists: pyfunc('exists', ['path'], s1(fs.exists)),
    isfile: pyfunc('isfile', ['path'], s1(fs.isFile)),
    isdir: pyfunc('isdir', ['s'], s1(fs.isDir)),
    getsize: pyfunc('getsize', ['filename'], s1(fs.size)),
    expanduser: pyfunc('expanduser', ['path'], s1(p => p.replace(/^~(?=\/|$)/, '/root'))),
    relpath: pyfunc('relpath', ['path', 'start='], (p: any, start: any) => {
      const a = absPath(str(p)).split('/').filter(Boolean), b = absPath(start === None ? getCwd() : str(start)).split('/').filter(Boolean);
      let i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return [...b.slice(i).map(() => '..'), ...a.slice(i)].join('/') || '.';
    }, [None]),
  };
}

registerModule('os.path', pathModule);
registerModule('posixpath', pathModule);
registerModule('os', () => ({
  name: 'posix', sep: '/', linesep: '\n', pathsep: ':', curdir: '.', pardir: '..', extsep: '.', devnull: '/dev/null', altsep: None,
  environ: newDict([['PYTHONHASHSEED', '0'], ['TZ', 'UTC'], ['PYTHONIOENCODING', 'utf-8']]),
  getenv: pyfunc('getenv', ['key', 'default='], (k: any, d: any) => ({ PYTHONHASHSEED: '0', TZ: 'UTC', PYTHONIOENCODING: 'utf-8' } as any)[str(k)] ?? d, [None]),
  getpid: pyfunc('getpid', [], () => PID),
  getppid: pyfunc('getppid', [], () => PID - 1),
  cpu_count: pyfunc('cpu_count', [], () => cpuCount()),
  getcwd: pyfunc('getcwd', [], () => getCwd()),
  chdir: pyfunc('chdir', ['path'], (p: any) => { setCwd(str(p)); return None; }),
  listdir: pyfunc('listdir', ['path='], (p: any) => fs.list(p === None ? '.' : str(p)).sort(), [None]),
  mkdir: pyfunc('mkdir', ['path', 'mode='], (p: any) => { fs.mkdir(str(p)); return None; }, [0o777]),
  makedirs: pyfunc('makedirs', ['name', 'mode=', 'exist_ok='], (p: any, _m: any, ok: any) => { fs.mkdir(str(p), !!ok, true); return None; }, [0o777, false]),
  remove: pyfunc('remove', ['path'], (p: any) => { fs.remove(str(p)); return None; }),
  unlink: pyfunc('unlink', ['path'], (p: any) => { fs.remove(str(p)); return None; }),
  rmdir: pyfunc('rmdir', ['path'], (p: any) => { fs.rmdir(str(p)); return None; }),
  rename: pyfunc('rename', ['src', 'dst'], (a: any, b: any) => { fs.rename(str(a), str(b)); return None; }),
  replace: pyfunc('replace', ['src', 'dst'], (a: any, b: any) => { fs.rename(str(a), str(b)); return None; }),
  urandom: pyfunc('urandom', ['size'], () => { throw pyErr(E.NotImplementedError, 'os.urandom is not available in Asyncio Lab'); }),
  fspath: pyfunc('fspath', ['path'], (p: any) => p),
  get_terminal_size: pyfunc('get_terminal_size', ['fd='], () => tuple([80, 24]), [1]),
  path: importModule('os.path'),
  walk: pyfunc('walk', ['top'], (top: any) => {
    const out: any[] = [];
    const visit = (d: string) => {
      const names = fs.list(d).sort();
      const ds = names.filter(n => fs.isDir(join(d, n))), fsn = names.filter(n => !fs.isDir(join(d, n)));
      out.push(tuple([d, ds, fsn]));
      for (const x of ds) visit(join(d, x));
    };
    visit(str(top));
    return out;
  }),
}));

