# textwrap: wrap/fill with every option, hyphens, long words, max_lines, shorten, dedent, indent.
import textwrap
from textwrap import TextWrapper

sample = ("The quick brown fox jumps over the lazy dog. Python's textwrap module is "
          "well-known for wrapping paragraphs; it breaks mother-in-law and e-mail "
          "addresses carefully -- even em-dashes--like this one. Supercalifragilisticexpialidocious!")

for width in (10, 15, 20, 30, 45, 70):
    print('--- width', width)
    print(textwrap.fill(sample, width=width))
print(textwrap.wrap(sample, 25, break_on_hyphens=False))
print(textwrap.wrap(sample, 12, break_long_words=False))
print(textwrap.wrap('  leading and trailing  ', 8))
print(textwrap.wrap('  leading and trailing  ', 8, drop_whitespace=False))
print(textwrap.wrap('tabs\there\tand\tthere', 12), textwrap.wrap('a\tb', 20, expand_tabs=False))
print(textwrap.wrap('a\tb\nc', 20, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap('one.  two. three! four? "five." six', 15, fix_sentence_endings=True))
print(textwrap.wrap('Mr. Smith went. He left.', 40, fix_sentence_endings=True))
print(textwrap.fill(sample, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill(sample, 40, max_lines=3))
print(textwrap.fill(sample, 40, max_lines=2, placeholder=' (more)'))
print(textwrap.wrap(sample, 20, max_lines=1))
print(textwrap.wrap('short text', 20, max_lines=1))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('word', 1))
print(textwrap.wrap('abcdefghijklmnopqrstuvwxyz', 5))
print(textwrap.wrap('aaa-bbb-ccc-ddd-eee', 6), textwrap.wrap('----------', 3), textwrap.wrap('-a-b-c-', 2))
print(textwrap.wrap('123-456 a-1 1-a ab-cd x-y', 4))
try:
    textwrap.wrap('text', 0)
except ValueError as exc:
    print('ValueError:', exc)
try:
    textwrap.wrap('some text here', 4, max_lines=2, placeholder=' [......]')
except ValueError as exc:
    print('ValueError:', exc)

w = TextWrapper(width=18, subsequent_indent='    ')
print(w.wrap('Hello there, how are you doing today? I am fine.'))
w.width = 10
print(w.fill('Changing attributes between calls works too.'))

print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.shorten(sample, 50), '|', textwrap.shorten('   lots   of   space   ', 100))

code = '''
    def hello():
        print("hi")

    hello()
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n    b\n  \n   c\n')), repr(textwrap.dedent('\ta\n  b')),
      repr(textwrap.dedent('  x\n\n  y  \n    ')), repr(textwrap.dedent('no indent\n  here')),
      repr(textwrap.dedent('')), repr(textwrap.dedent('   \n  \t')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n  \nb\r\nc', '+ ')),
      repr(textwrap.indent('a\nb', '# ', lambda line: True)), repr(textwrap.indent('x\n\ny', '-', str.isalpha)))
print(textwrap.indent(textwrap.fill(sample, 40), '    | '))
