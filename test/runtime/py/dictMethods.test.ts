// dict methods' argument checks: programs compared with CPython 3.11.
import { sameAsCPython } from '../lib/_programs';

describe('py/dictMethods (programs)', () => {
  it('get() needs a key', () => sameAsCPython('dict_get_args', `
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 2))
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
`));
});
