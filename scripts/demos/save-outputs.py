#!/usr/bin/env python3
"""Fill the saved outputs of the demo notebooks with what CPython prints.

Usage:  python3 scripts/demos/save-outputs.py [--check] [demos/X.ipynb ...]

All code cells of a notebook become one driver program (each compiled as `<cell N>`, N its
position in the notebook with markdown cells counted, as the kernel names cells) that runs them the way the Asyncio Lab
kernel does: every cell is compiled with top-level await allowed, in one shared namespace; a cell
that awaits at top level becomes a coroutine, run as a task on one event loop that lives for the
whole notebook. The driver runs under the virtual-clock oracle (test/oracle/oracle.py) and prints
a separator line (U+001E alone) on stdout and stderr after each cell, so the output of each cell
can be cut out and stored as its stream outputs. `aiohttp`/`aiofiles` come from scripts/demos/sim,
the same documented simulation the runtime uses. With --check nothing is written; the exit status
is 1 when a saved output differs from the oracle's.

Cells whose metadata says {"asyncioLab": {"reference": "real-clock"}} use process pools, which
the oracle does not model. They must be self-contained (their own imports and definitions) and
print nothing that depends on time: the oracle run skips them, and their outputs come from a
second run of just those cells through test/oracle/plain.py (CPython's real loop and clock), in
the module's own namespace, so that functions defined in a cell pickle by reference as in Jupyter.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ORACLE = os.path.join(ROOT, 'test', 'oracle', 'oracle.py')
PLAIN = os.path.join(ROOT, 'test', 'oracle', 'plain.py')
SIM = os.path.join(ROOT, 'scripts', 'demos', 'sim')
SEP = '\x1e'

DRIVER = r'''
import ast, asyncio, sys
sys.path.insert(0, %(sim)r)
_cells = %(cells)r
_ns = %(namespace)s
_loop = None
for _i, _src in _cells:
    _code = compile(_src, '<cell %%d>' %% _i, 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    _r = eval(_code, _ns)
    if _r is not None:
        if _loop is None:
            _loop = asyncio.new_event_loop()
            asyncio.set_event_loop(_loop)
        _loop.run_until_complete(_loop.create_task(_r))
    sys.stdout.flush()
    print(%(sep)r, flush=True)
    print(%(sep)r, file=sys.stderr, flush=True)
'''


def code_cells(nb):
    return [c for c in nb['cells'] if c['cell_type'] == 'code']


def source_of(cell):
    s = cell['source']
    return ''.join(s) if isinstance(s, list) else s


def is_real_clock(cell):
    return cell.get('metadata', {}).get('asyncioLab', {}).get('reference') == 'real-clock'


def run_driver(cells, runner, namespace):
    """[(stdout, stderr)] per cell, running the driver program under `runner`."""
    with tempfile.TemporaryDirectory() as tmp:
        prog = os.path.join(tmp, 'driver.py')
        with open(prog, 'w', encoding='utf-8') as f:
            f.write(DRIVER % {'sim': SIM, 'cells': cells, 'sep': SEP, 'namespace': namespace})
        work = os.path.join(tmp, 'cwd')
        os.mkdir(work)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE='1')  # keep scripts/demos/sim free of __pycache__
        p = subprocess.run([sys.executable, runner, prog], cwd=work, env=env, capture_output=True, timeout=120)
    out = p.stdout.decode('utf-8').split(SEP + '\n')
    err = p.stderr.decode('utf-8').split(SEP + '\n')
    if p.returncode != 0 or len(out) != len(cells) + 1 or len(err) != len(cells) + 1:
        raise SystemExit('%s failed (status %d):\n%s' % (os.path.basename(runner), p.returncode, p.stderr.decode('utf-8')))
    return list(zip(out[:-1], err[:-1]))


def oracle_outputs(nb):
    """[(stdout, stderr)] per code cell, as CPython prints them (see the module docstring)."""
    # (position in the notebook, counting markdown cells, as the kernel's `<cell N>`; source)
    code = [(n, c) for n, c in enumerate(nb['cells'], 1) if c['cell_type'] == 'code']
    real = [i for i, (_, c) in enumerate(code) if is_real_clock(c)]
    cells = [(n, 'pass\n' if i in real else source_of(c)) for i, (n, c) in enumerate(code)]
    got = run_driver(cells, ORACLE, "{'__name__': '__main__', '__builtins__': __builtins__}")
    if real:
        plain = run_driver([(code[i][0], source_of(code[i][1])) for i in real], PLAIN, 'globals()')
        for i, o in zip(real, plain):
            got[i] = o
    return got


def lines(text):
    return text.splitlines(keepends=True)


def stream_outputs(stdout, stderr):
    outs = []
    if stdout:
        outs.append({'name': 'stdout', 'output_type': 'stream', 'text': lines(stdout)})
    if stderr:
        outs.append({'name': 'stderr', 'output_type': 'stream', 'text': lines(stderr)})
    return outs


def main(argv):
    check = '--check' in argv
    files = [a for a in argv if not a.startswith('--')] or sorted(glob.glob(os.path.join(ROOT, 'demos', '*.ipynb')))
    bad = []
    for path in files:
        with open(path, encoding='utf-8') as f:
            nb = json.load(f)
        got = oracle_outputs(nb)
        changed = False
        for n, (cell, (o, e)) in enumerate(zip(code_cells(nb), got), 1):
            want = stream_outputs(o, e)
            if cell.get('outputs') != want:
                changed = True
                if check:
                    bad.append('%s: code cell %d: saved outputs differ from the oracle' % (os.path.relpath(path, ROOT), n))
            cell['outputs'] = want
            cell['execution_count'] = n
        if changed and not check:
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(nb, f, indent=1, ensure_ascii=False)
                f.write('\n')
            print('updated', os.path.relpath(path, ROOT))
    for b in bad:
        print(b, file=sys.stderr)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
