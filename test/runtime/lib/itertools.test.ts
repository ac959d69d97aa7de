import { sameAsCPython } from './_programs';

describe('lib/itertools (programs)', () => {
  it('all iterator types', () => sameAsCPython('itertools_all', `
import itertools as it
print(list(it.islice(it.count(5), 3)), list(it.islice(it.count(0.5, 0.1), 4)))
c = it.count(3, 2); next(c); print(c, it.repeat(1, 3), it.repeat('a'))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat(7, 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2, 3], initial=10)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5], key=lambda x: x % 2)])
gs = list(it.groupby("aabb")); print([(k, list(g)) for k, g in gs])
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 4)), list(it.islice("abcdefg", 1, None, 2)), list(it.islice("abcdefg", None)))
a, b = it.tee([1, 2, 3]); print(list(a), list(b))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise("abcd")))
print(list(it.product("ab", [1, 2])), list(it.product([0, 1], repeat=2)))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("abc", 2)))
print(list(it.combinations("ab", 3)), list(it.permutations([], 0)), list(it.product()))
print(hasattr(it, "batched"))
`));
});
