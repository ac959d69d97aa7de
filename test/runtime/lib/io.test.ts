import { sameAsCPython } from './_programs';

describe('lib/io (programs)', () => {
  it('StringIO and BytesIO: positions, padding, newline modes, errors, redirect_stdout', () => sameAsCPython('io_streams', `
import io
s = io.StringIO('hello')
print(s.tell(), repr(s.read(2)), s.tell()); s.write('XY'); print(repr(s.getvalue()), s.tell())
s.seek(10); s.write('z'); print(repr(s.getvalue()))
for w in (1, 2):
    try: s.seek(1, w)
    except Exception as e: print(type(e).__name__, e)
try: s.seek(-1)
except Exception as e: print(type(e).__name__, e)
try: s.write(1)
except Exception as e: print(type(e).__name__, e)
try: s.seek(0, 3)
except Exception as e: print(type(e).__name__, e)
print(s.seek(0, 2), s.truncate(3), repr(s.getvalue()), s.tell())
s.close()
for f in (s.getvalue, s.read, s.tell, lambda: s.write('a')):
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(s.closed)
b = io.BytesIO(b'abc'); print(b.read(), b.write(b'de'), b.getvalue(), b.tell(), b.seek(1), b.read(1))
print(b.seek(-2, 2), b.read(), b.seek(-10, 1), b.readline(), b.seek(8), b.write(b'!'), b.getvalue())
try: b.write('s')
except Exception as e: print(type(e).__name__, e)
b.close()
try: b.read()
except Exception as e: print(type(e).__name__, e)
s = io.StringIO('a\\nb\\r\\nc'); print(s.readlines(), list(io.StringIO('x\\ny')))
s = io.StringIO(newline=None); s.write('a\\r\\nb\\rc'); print(repr(s.getvalue()))
s = io.StringIO('a\\r\\nb', newline=None); print(repr(s.getvalue()))
s = io.StringIO('a\\rb\\r\\nc\\nd', newline=''); print(s.readlines())
s = io.StringIO('a\\nb', newline='\\r\\n'); print(repr(s.getvalue()), s.readlines())
print(io.StringIO().readline(), repr(io.StringIO('ab\\ncd').readline(1)), io.StringIO('é€😀x').read(3))
s = io.StringIO('😀ab'); s.seek(1); print(s.read(), s.tell())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), io.SEEK_END, io.StringIO.__mro__)
with io.StringIO() as f:
    print("x", 1, file=f, end="!")
    f.writelines(["a", "b"])
    print(repr(f.getvalue()))
print(f.closed)
try: io.StringIO(3)
except Exception as e: print(type(e).__name__, e)
try: io.StringIO('', 'x')
except Exception as e: print(type(e).__name__, e)
for line in io.BytesIO(b'1\\n2\\n'):
    print(line)
print(io.StringIO('abc\\ndef\\nghi').readlines(5))
from contextlib import redirect_stdout, redirect_stderr
import sys
buf = io.StringIO()
with redirect_stdout(buf):
    print("inside")
    sys.stdout.write("direct\\n")
with redirect_stderr(buf):
    print("err", file=sys.stderr)
print(repr(buf.getvalue()))
`));
});
