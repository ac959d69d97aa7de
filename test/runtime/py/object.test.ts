// Runtime classes written on PyObject whose Python bases are mixin classes get the mixin
// methods (ChainMap on MutableMapping): programs compared with CPython 3.11.
import { sameAsCPython } from '../lib/_programs';

describe('py/object (programs)', () => {
  it('ChainMap has the Mapping mixins: dict(cm), items, values, get, ==', () => sameAsCPython('chainmap_mixins', `
from collections import ChainMap
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(dict(cm), sorted(cm.items()), sorted(cm.values()), cm.get("b"), cm.get("z", 0), cm == {"a": 1, "b": 3})
print(cm.setdefault("c", 9), cm.maps, cm.pop("c"), cm.maps)
`));
});
