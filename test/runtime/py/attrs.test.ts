// setattr/delattr on tuples, lists and primitives: data descriptors of the type (namedtuple
// fields, read-only int attributes) and the instance dict of list/tuple subclasses.
import { sameAsCPython } from '../lib/_programs';

describe('py/attrs (programs)', () => {
  it('namedtuple fields are read-only; list subclasses have an instance dict', () => sameAsCPython('attrs_arrays', `
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
for f in [lambda: setattr(p, "x", 5), lambda: setattr(p, "z", 5), lambda: delattr(p, "x"), lambda: delattr(p, "z"),
          lambda: setattr((1,), "a", 1), lambda: setattr([], "a", 1), lambda: setattr(5, "real", 1), lambda: setattr("s", "upper", 1)]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)


class Q(P):
    def norm(self):
        return self.x + self.y


q = Q(3, 4)
q.tag = "t"
print(q, q.norm(), q.tag, vars(q), tuple(q), type(tuple(q)).__name__)
del q.tag
print(hasattr(q, "tag"))


class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.length = 99


l = L([1, 2])
l.append(3)
print(l, l.length, len(l), vars(l), type(l).__name__)
print((5).real, (5).imag, (5).numerator, (5).denominator, True.real, (2.5).real, (2.5).imag, "{0.real}|{1.imag}".format(7, 1.5))
`));

  it('computed attributes of builtin types are getset descriptors on the class', () => sameAsCPython('getset_descriptors', `
print(int.real, float.imag, type(int.real).__name__)
print(int.real.__get__(5), int.denominator.__get__(7, int), int.real.__get__(None, int) is int.real)
try:
    int.real.__set__(5, 1)
except AttributeError as e:
    print("AttributeError:", e)
`));
});
