import { sameAsCPython } from './_programs';

describe('lib/abc, string, heapq, bisect, operator (programs)', () => {
  it('abc, string, heapq, bisect, operator', () => sameAsCPython('misc_small', `
from abc import ABC, abstractmethod
import string, heapq, bisect, operator, types
class S(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def per(self): ...
try: S()
except TypeError as e: print(e)
class T(S):
    def area(self): return 1
try: T()
except TypeError as e: print(e)
class U(T):
    def per(self): return 2
print(U().area(), U().per())
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable[-10:]))
t = string.Template('$who likes \${what} $$')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try: t.substitute(who='x')
except KeyError as e: print(repr(e))
try: string.Template('$1').substitute()
except ValueError as e: print(e)
print(string.capwords('  hello   world  '))
h = []
for x in [5, 1, 8, 3, 2, 9]: heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
d = [9, 4, 7, 1, 0, 3]; heapq.heapify(d); print(d, heapq.nlargest(2, d), heapq.nsmallest(3, [(2, 'b'), (1, 'z'), (2, 'a')]), list(heapq.merge([1, 4, 7], [2, 5], [3])))
print(heapq.heappushpop([1, 3], 2), heapq.heapreplace([1, 3], 5), heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len))
a = [1, 2, 2, 4]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 3))
bisect.insort(a, 3); bisect.insort_left(a, 0); print(a)
print(bisect.bisect([(1, 'a'), (3, 'b')], 2, key=lambda p: p[0]))
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("x")(types.SimpleNamespace(x=7)), operator.add(2, 3), operator.mul("a", 3), operator.methodcaller("upper")("x"))
print(sorted([("b", 2), ("a", 3)], key=operator.itemgetter(1), reverse=True), operator.itemgetter(1))
try: heapq.heappop([])
except IndexError as e: print(e)
`));

  it('string constants, capwords (str.capitalize, str.split), Template', () => sameAsCPython('string_module', `
import string
print(string.capwords("  hello   wORLD  "), string.capwords("a-b-c", "-"), string.capwords("ßtraße ǆemal"), repr(string.whitespace), string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(string.ascii_letters, string.hexdigits, string.octdigits)
t = string.Template("$a \${b} $$ $c")
print(t.safe_substitute(a=1, b=2), t.template)
try:
    t.substitute(a=1, b=2)
except KeyError as e:
    print("KeyError", e)
print(string.capwords("a\\x1cb\\u2003c"), string.capwords("x y", None))
try:
    string.capwords("ab", "")
except ValueError as e:
    print(e)
`));
});
