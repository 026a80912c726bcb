# difflib: SequenceMatcher (blocks, opcodes, ratios, junk), unified/context diffs, ndiff,
# get_close_matches, restore.
import difflib
from difflib import SequenceMatcher

s = SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in SequenceMatcher(None, 'qabxcd', 'abycdf').get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, 'qabxcd'[i1:i2], 'abycdf'[j1:j2]))
print(SequenceMatcher(None, ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9))
print(SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9))
print(SequenceMatcher(None, 'tide', 'diet').ratio(), SequenceMatcher(None, 'diet', 'tide').ratio(),
      SequenceMatcher(None, '', '').ratio(), SequenceMatcher(None, 'abc', '').ratio())
m = SequenceMatcher(None, 'abcd', 'bcde')
print(m.find_longest_match(), m.find_longest_match(0, 2, 0, 4), m.get_opcodes())
lines_a = ['line %d\n' % i for i in range(20)]
lines_b = list(lines_a)
lines_b[3] = 'line three\n'
del lines_b[10]
lines_b.insert(15, 'new line\n')
print(list(SequenceMatcher(None, lines_a, lines_b).get_grouped_opcodes(1)))
long_a = list('ab' * 150)
long_b = list('ab' * 140 + 'c' * 30)
print(SequenceMatcher(None, long_a, long_b).ratio(), SequenceMatcher(None, long_a, long_b, autojunk=False).ratio())

before = ['def greet(name):\n', '    print("Hello, " + name)\n', '\n', 'greet("world")\n']
after = ['def greet(name, punctuation="!"):\n', '    print("Hello, " + name + punctuation)\n', '\n',
         'greet("world")\n', 'greet("pygil")\n']
print(''.join(difflib.unified_diff(before, after, fromfile='old.py', tofile='new.py')), end='')
print(''.join(difflib.context_diff(before, after, fromfile='old.py', tofile='new.py')), end='')
print('\n'.join(difflib.unified_diff(['a', 'b', 'c'], ['a', 'B', 'c'], 'x', 'y', '2024-01-01', '2024-01-02', n=0, lineterm='')))
print(''.join(difflib.unified_diff(lines_a, lines_b)), end='')
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
try:
    list(difflib.unified_diff([b'x'], ['y']))
except TypeError as exc:
    print('TypeError:', exc)

diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
print(''.join(difflib.ndiff(['  indented line\n', 'tab\there\n', 'same\n'],
                            ['    indented line\n', 'tab here\n', 'same\n'])), end='')
print(''.join(difflib.Differ().compare(before, after)), end='')

words = ['ape', 'apple', 'peach', 'puppy', 'apply', 'appel']
print(difflib.get_close_matches('appel', words), difflib.get_close_matches('wheel', ['while', 'when', 'wheal', 'the']),
      difflib.get_close_matches('pineapple', ['apple', 'pine', 'pineapples'], n=1),
      difflib.get_close_matches('xyz', words), difflib.get_close_matches('apple', words, cutoff=0.3, n=10))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist), difflib.get_close_matches('accept', keyword.kwlist),
      difflib.get_close_matches('retrun', keyword.kwlist))
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches('a', ['a'], **bad)
    except ValueError as exc:
        print('ValueError:', exc)
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'),
      difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
