import { sameAsCPython } from './_programs';

describe('lib/enum (programs)', () => {
  it('Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API, mixins', () => sameAsCPython('enum_members', `
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import json
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def describe(self): return self.name.lower()
print(repr(Color.RED), str(Color.RED), f'{Color.RED}', Color(1), Color['GREEN'], Color._member_names_, Color.CRIMSON is Color.RED, Color.RED.describe())
print(Color.__members__, repr(Color), Color.RED == 1, Color.RED in Color, hash(Color.RED) == hash('RED'))
try: Color(3)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
class N(IntEnum):
    A = 1
    B = auto()
print(repr(N.A), str(N.A), f'{N.B}', N.A + 1, N.B > N.A, N.A == 1, json.dumps([N.A]), int(N.B), isinstance(N.A, int), sorted([N.B, N.A]))
class S(StrEnum):
    X = auto()
    Y = 'why'
print(repr(S.X), str(S.X), f'{S.Y}', S.X.upper(), S.Y == 'why', json.dumps(S.Y))
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(repr(P.R | P.W), str(P.R|P.W), P.R in (P.R|P.W), repr(P(0)), bool(P(0)), repr(~P.R))
print(str(P(0)), repr(P(0)), len(P.R|P.W), repr(P.R & P.W), repr(P.R ^ P.W))
try: P(8)
except ValueError as e: print(repr(str(e)))
class I(IntFlag):
    A = 1; B = 2
print(repr(I.A | 8), str(I.A|I.B), repr(~I.A), I.A | 2, I.A + 1, repr(I(0)))
class M(str, Enum):
    A = 'a'
print(repr(M.A), str(M.A), f'{M.A}', json.dumps(M.A), M.A == 'a')
try:
  class Sub(Color): pass
except TypeError as e: print(e)
try:
  @unique
  class U(Enum):
    A = 1
    B = 1
except ValueError as e: print(e)
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
print(Planet.EARTH.mass, Planet.EARTH.value)
Animal = Enum('Animal', 'ANT BEE')
print(Animal.ANT, Animal.BEE.value)
print(Color.RED.name, Color.RED.value, Color.RED._name_)
class Status(Enum):
    ACTIVE = "active"
    @property
    def label(self): return self.value.title()
    @classmethod
    def parse(cls, s): return cls(s)
print(Status.parse("active"), Status.ACTIVE.label, {Status.ACTIVE: 1})
`));
  // Iterating/len() of an enum class needs the kernel's iter() to use the metaclass (README).
  it('iteration over enum classes and flags', () => sameAsCPython('enum_iteration', `
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import json
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def describe(self): return self.name.lower()
print(repr(Color.RED), str(Color.RED), f'{Color.RED}', Color(1), Color['GREEN'], list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED.describe())
print(Color.__members__, repr(Color), Color.RED == 1, Color.RED in Color, hash(Color.RED) == hash('RED'))
try: Color(3)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
class N(IntEnum):
    A = 1
    B = auto()
print(repr(N.A), str(N.A), f'{N.B}', N.A + 1, N.B > N.A, N.A == 1, json.dumps([N.A]), int(N.B), isinstance(N.A, int), sorted([N.B, N.A]))
class S(StrEnum):
    X = auto()
    Y = 'why'
print(repr(S.X), str(S.X), f'{S.Y}', S.X.upper(), S.Y == 'why', json.dumps(S.Y))
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(repr(P.R | P.W), str(P.R|P.W), P.R in (P.R|P.W), list(P.R|P.X), repr(P(0)), bool(P(0)), repr(~P.R))
print(str(P(0)), repr(P(0)), len(P.R|P.W), repr(P.R & P.W), repr(P.R ^ P.W))
try: P(8)
except ValueError as e: print(repr(str(e)))
class I(IntFlag):
    A = 1; B = 2
print(repr(I.A | 8), str(I.A|I.B), repr(~I.A), I.A | 2, I.A + 1, repr(I(0)))
class M(str, Enum):
    A = 'a'
print(repr(M.A), str(M.A), f'{M.A}', json.dumps(M.A), M.A == 'a')
try:
  class Sub(Color): pass
except TypeError as e: print(e)
try:
  @unique
  class U(Enum):
    A = 1
    B = 1
except ValueError as e: print(e)
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
print(Planet.EARTH.mass, Planet.EARTH.value)
Animal = Enum('Animal', 'ANT BEE')
print(list(Animal), Animal.BEE.value)
print(Color.RED.name, Color.RED.value, Color.RED._name_, [c.name for c in reversed(Color)])
class Status(Enum):
    ACTIVE = "active"
    @property
    def label(self): return self.value.title()
    @classmethod
    def parse(cls, s): return cls(s)
print(Status.parse("active"), Status.ACTIVE.label, {Status.ACTIVE: 1})
`));

  it('Flag names in definition order, cannot reassign a member', () => sameAsCPython('enum_flag_order', `
import enum
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
class Up(enum.Flag):
    A = 1
    B = 2
    C = 4
print(repr(Perm.R | Perm.W), Perm.R | Perm.X | Perm.W, list(Perm.R | Perm.W), Up.C | Up.A, list(Up.C | Up.A), repr(~Perm.R))
class Color(enum.Enum):
    RED = 1
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
Color.extra = 3
print(Color.extra, list(Color))
`));

  it('multi-bit Flag members are aliases; IntEnum arithmetic; typing.Union equals int | str', () => sameAsCPython('enum_flag_aliases', `
import enum
class P(enum.Flag):
    X = 1
    W = 2
    R = 4
    RW = 6
print(list(P), repr(P.R | P.W), repr(P.RW), P(7), list(P(7)), len(P(7)))
class Q(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Q.R | Q.X), repr(Q(7)), Q.R | 8, list(Q(5)), ~Q.R, Q.R ^ Q.W)
class S(enum.IntEnum):
    A = 1
    B = 2
print(S.A | S.B, S.A + S.B, S.B // 2, -S.A, abs(S.A), S.A < S.B, max(S), sorted([S.B, S.A]))
import typing
print(typing.Union[int, str] == (int | str), (int | str) == typing.Union[int, str])
print(int | str == str | int)
print(P._member_names_, list(P.__members__), enum.unique(P))
class Z(enum.Flag):
    NONE = 0
    A = 1
    B = 2
print(list(Z), len(Z), Z(0), repr(Z.NONE), Z.A | Z.B, Z.NONE in Z)
`));
});
