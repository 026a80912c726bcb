# itertools: every iterator, its output, how much of its input it consumes, reprs, errors.
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, groupby, islice,
                       pairwise, permutations, product, repeat, starmap, takewhile, tee,
                       zip_longest)
import operator


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)


# count
print(list(islice(count(), 5)))
print(list(islice(count(10, -3), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(1, 1.0), 3)))
c = count(5)
print(repr(c), next(c), repr(c))
print(repr(count(1, 2)), repr(count(1.5, 0.5)), repr(count(step=1.0)), repr(count(0.0)))
print(repr(count(True)), next(count(True)), repr(count(2 ** 70)), repr(count(-3, 1.5)))
attempt('count str', lambda: count('a'))
attempt('count step str', lambda: count(1, 'x'))
print(type(count()).__name__, type(count()))
print(count(3, 2).__reduce__())

# cycle
print(list(islice(cycle('abc'), 8)))
print(list(islice(cycle([]), 3)))
source = iter([1, 2])
cy = cycle(source)
print(next(cy), list(source))

# repeat
print(list(repeat('x', 3)), list(repeat(1, -2)), list(repeat(None, 0)))
r = repeat('a', 3)
print(repr(r), next(r), repr(r), r.__length_hint__())
print(repr(repeat([1])), list(islice(repeat(7), 3)))
print(list(repeat(times=2, object='z')))
print(operator.length_hint(repeat(1, 5)))
attempt('repeat()', lambda: repeat())
attempt('repeat(1, "a")', lambda: repeat(1, 'a'))
attempt('repeat(1, 2.0)', lambda: repeat(1, 2.0))
attempt('repeat hint', lambda: repeat(1).__length_hint__())
print(list(map(pow, range(5), repeat(2))))

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2, 3], lambda acc, x: acc * 10 + x, initial=0)))
attempt('accumulate(1)', lambda: accumulate(1))

# chain
print(list(chain('ab', [1, 2], (), range(2))))
print(list(chain.from_iterable(['ab', 'cd'])))
print(list(chain()), list(chain.from_iterable([])))
ch = chain([1], 5)
print(next(ch))
attempt('chain bad', lambda: next(ch))
attempt('from_iterable(1)', lambda: chain.from_iterable(1))
print(chain[int])

# compress
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1, 1, 1, 1])), list(compress('ABCDE', [0, 1])))
data = iter('abcdef')
print(list(compress(data, [0, 0])), list(data))

# dropwhile / takewhile / filterfalse
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
it = iter([1, 2, 10, 3])
print(list(takewhile(lambda x: x < 5, it)), list(it))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
attempt('takewhile(None)', lambda: list(takewhile(None, [1])))

# groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(groupby([])))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
nan = float('nan')
print([(k, len(list(g))) for k, g in groupby([nan, nan, 1.0, 1, True])])

# islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)), list(islice(range(3), 5)), list(islice(range(3), None)))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 2)), next(it))
for args in [(-1,), ('a',), (1, -1), (0, 1, 0), (1, 2, -1), ('a', -1), (-1, 'a', 0), (1.0,),
             (None, None, None)]:
    attempt('islice%r' % (args,), lambda: list(islice(range(5), *args)))
attempt('islice 1 arg', lambda: islice([1]))
attempt('islice 5 args', lambda: islice([1], 1, 2, 3, 4))
attempt('islice non-iterable', lambda: islice(1, 2))

# pairwise
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(operator.add, [[1, 2], 'ab'])))
attempt('starmap bad', lambda: list(starmap(len, [1])))

# tee
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), next(b), list(a), list(b))
t3 = tee(range(4), 3)
print(len(t3), [list(t) for t in t3])
print(tee([1], 0), type(tee([1])[0]).__name__)
x, y = tee('abc')
p, q = tee(x)
print(p is x, list(q), list(p), list(y))
attempt('tee -1', lambda: tee([1], -1))
attempt('tee str n', lambda: tee([1], 'a'))
src = iter('xyz')
a, b = tee(src)
print(next(a), list(src), list(b))

# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3], [True])))
print(list(zip_longest()), list(zip_longest([])))
it1, it2 = iter([1, 2]), iter([10, 20, 30])
print(list(zip_longest(it1, it2)))
attempt('zip_longest bad kw', lambda: zip_longest([1], fill=1))

# product
print(list(product('ab', range(2))))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'c', repeat=2)))
print(list(product()), list(product([1, 2], repeat=0)), list(product([1], [])))
attempt('product repeat -1', lambda: product([1], repeat=-1))
attempt('product kw', lambda: product([1], foo=1))
attempt('product 2 kw', lambda: product([1], repeat=1, foo=2))
attempt('product(1)', lambda: product(1))

# permutations
print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 3)), list(permutations([], 0)), list(permutations([1, 2], 0)))
print(len(list(permutations(range(6)))), sorted(permutations([2, 1, 2]))[:3])
attempt('permutations r=-1', lambda: permutations([1], -1))
attempt('permutations r str', lambda: permutations([1], 'a'))

# combinations
print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 3)), list(combinations([], 0)), list(combinations('ab', 0)))
print([''.join(c) for c in combinations('ABCDE', 4)])
attempt('combinations no r', lambda: combinations([1]))
attempt('combinations r=-1', lambda: combinations([1], -1))

# combinations_with_replacement
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(combinations_with_replacement(range(5), 4))))

# reprs of the other iterators (addresses are normalized by the test runner)
print(chain())
print(type(tee([1])[0]))
print(next(groupby([1]))[1].__class__.__name__)
print(sorted(name for name in dir(itertools) if not name.startswith('_')))

# wrong arguments, as the C types report them
for name in ['count', 'cycle', 'accumulate', 'groupby', 'permutations', 'combinations',
             'combinations_with_replacement', 'pairwise', 'compress', 'dropwhile',
             'takewhile', 'filterfalse', 'starmap', 'islice', 'tee']:
    function = getattr(itertools, name)
    attempt(name + '()', lambda: function())
    attempt(name + '(5 args)', lambda: function([1], [1], [1], [1], [1]))
attempt('accumulate 3 positional', lambda: accumulate([1], None, 5))
attempt('accumulate bad kw', lambda: accumulate([1], foo=5))
attempt('combinations twice', lambda: combinations([1], 2, r=1))
attempt('dropwhile kw', lambda: dropwhile(predicate=len, iterable=[]))
print(list(combinations(r=2, iterable='abc')), list(accumulate(iterable=[1, 2], func=operator.mul)))
