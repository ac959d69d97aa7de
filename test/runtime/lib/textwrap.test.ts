import { sameAsCPython } from './_programs';

describe('lib/textwrap (programs)', () => {
  it('wrap/fill options, hyphens and em-dashes, shorten, max_lines, dedent, indent, TextWrapper', () => sameAsCPython('textwrap_all', `
import textwrap
t = "The quick brown fox jumps over the lazy dog. Asyncio is a library to write concurrent code using the async/await syntax -- really. A well-known, self-explanatory long-winded example: supercalifragilisticexpialidocious!"
for w in (5, 10, 12, 20, 33, 50):
    print(w, textwrap.wrap(t, w))
print(textwrap.fill(t, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(t, 15, break_long_words=False))
print(textwrap.wrap(t, 15, break_on_hyphens=False))
print(textwrap.wrap("a\\tb\\tc\\td", 8), textwrap.wrap("a\\tb", 8, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("Hello there.  How are you? Fine.", 12, fix_sentence_endings=True))
print(textwrap.wrap("   leading and trailing   ", 10), textwrap.wrap("   leading", 10, drop_whitespace=False))
for w in (10, 15, 20, 40, 200):
    print(repr(textwrap.shorten(t, w)))
print(repr(textwrap.shorten("Hello  world!", width=11)), repr(textwrap.shorten("Hello world", 11, placeholder="...")))
print(textwrap.wrap(t, 30, max_lines=3), textwrap.wrap(t, 30, max_lines=2, placeholder=" ~"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print(e)
print(repr(textwrap.dedent("  a\\n    b\\n\\n  c\\n")), repr(textwrap.dedent("\\ta\\n  b")), repr(textwrap.dedent("   \\n  x\\n   y")))
print(repr(textwrap.indent("a\\n\\nb\\r\\nc", "+ ")), repr(textwrap.indent("a\\n b\\n", "-", lambda l: True)))
tw = textwrap.TextWrapper(width=20, initial_indent="> ")
print(tw.wrap("one two three four five six seven eight nine ten"), tw.width)
tw.width = 10
print(tw.fill("one two three four five six"))
print(textwrap.wrap("ÉÉÉÉ ééé ñññññ 😀😀😀😀😀", 6))
print(textwrap.wrap("", 10), textwrap.fill("   ", 10))
print(textwrap.wrap("look---at this--that and-so-on e-mail x-", 8))
`));
});
