// bytearray, and bytes methods whose results keep the receiver's type; str.encode without Node's
// Buffer: programs compared with CPython 3.11.
import { sameAsCPython } from '../lib/_programs';

describe('py/bytearray (programs)', () => {
  it('construction, repr, item and slice assignment, mutators and their errors', () => sameAsCPython('bytearray_all', `
ba = bytearray(b'abc')
for f in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, 'a'), lambda: ba.__setitem__(10, 1),
          lambda: ba.__setitem__(slice(0, 1), 5), lambda: bytearray().pop(), lambda: ba.remove(9), lambda: hash(ba),
          lambda: ba.append(-1), lambda: ba.insert(0, 300), lambda: ba.__delitem__(7), lambda: ba.__getitem__(7),
          lambda: bytearray('x'), lambda: ba.extend(5), lambda: ba.extend([1, 'a']), lambda: ba.__setitem__(slice(None, None, 2), b'xyz')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(ba.upper(), ba + b'x', b'x' + ba, ba * 2, ba[0:2], ba.split(b'b'), b'-'.join([ba, ba]), ba.join([b'1', b'2']))
print(bytearray.fromhex('41'), ba == b'abc', ba.hex(), repr(bytearray(b"'")), repr(bytearray(b'"')), bytearray(3), bytearray([1, 2]))
print(bytearray('hé', 'utf-8'), bytearray(source=b'k'), type(ba).__name__, isinstance(ba, bytes))
ba[1:2] = b'XYZ'; print(ba)
del ba[0]; print(ba)
ba += b'!'; print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(1, 65); print(ba, ba.copy(), ba.count(b'Y'))
ba.reverse(); print(ba)
ba.clear(); print(ba)
ba[:] = [1, 2, 3]; ba[::2] = b'xy'; print(ba, str(ba), bytes(ba), list(ba), 65 in bytearray(b'A'))
del ba[::2]; print(ba, ba.decode('latin-1'))
`));

  it('str.encode to UTF-8 (2, 3 and 4 byte sequences) and back', () => sameAsCPython('utf8_encode', `
for s in ["é", "€", "𝄞", "aé€𝄞z", "日本語"]:
    b = s.encode()
    print(b, len(b), b.decode() == s, s.encode("utf-8", "strict") == b)
print("é".encode("latin-1"), "x\\udcff".encode("utf-8", "replace"))
`));
});
