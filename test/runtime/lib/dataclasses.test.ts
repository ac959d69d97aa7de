import { sameAsCPython } from './_programs';

describe('lib/dataclasses (programs)', () => {
  it('basic dataclass: init, repr, eq, defaults, field()', () => sameAsCPython('dc_basic', `
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, repr=False)

p = Point(1)
print(p, Point(1, 2), Point(x=3, y=4))
print(p == Point(1), p == Point(2), p != Point(1))
print(Point.__doc__, Point.__match_args__)
print([f.name for f in fields(Point)], asdict(Point(1, 2, ["a"])), astuple(Point(5)))
print(replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
for bad in [lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: Point(1, z=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(Point.__hash__)
`));

  it('frozen, order, unsafe_hash, post_init, InitVar, KW_ONLY, ClassVar', () => sameAsCPython('dc_more', `
from dataclasses import dataclass, field, InitVar, KW_ONLY, FrozenInstanceError
from typing import ClassVar

@dataclass(frozen=True, order=True)
class V:
    a: int
    b: str = "x"

v = V(1)
try:
    v.a = 2
except FrozenInstanceError as e:
    print(e.__class__.__name__, e, isinstance(e, AttributeError))
print(V(1) < V(2), V(1, "a") <= V(1, "b"), sorted([V(3), V(1), V(2)]))
print(hash(V(1)) == hash((1, "x")))

@dataclass
class C:
    x: int
    scale: InitVar[int] = 2
    count: ClassVar[int] = 0
    def __post_init__(self, scale):
        self.y = self.x * scale
        C.count += 1

c = C(5, 3)
print(c, c.y, C.count, C(1).y, C.count)

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(K(1, c=5), K.__doc__)
try:
    K(1, 2)
except TypeError as e:
    print(e)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)

@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
print(Derived(), Derived(5, 6))

@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1))
`));
});
