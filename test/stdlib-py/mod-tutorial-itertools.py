# itertools tour, in the style of "Python standard library by example"
import itertools as it
import operator

print(list(it.product("ab", repeat=2)))
print(list(it.product([1, 2], "xy", [True])))
print(list(it.permutations("abc", 2)))
print(len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("abc", 2)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"], key=lambda s: s[0])
for key, group in it.groupby(data, key=lambda s: s[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby("aaabbbccccaa")])
print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([], initial=0)))
print(list(it.pairwise("ABCDE")))
print(hasattr(it, "batched"))
print(list(it.chain("abc", [1, 2], (3,))))
print(list(it.chain.from_iterable(["ab", "cd", "ef"])))
print(list(it.islice(it.count(), 5)), list(it.islice("abcdefg", 2, None, 2)))
print(list(it.islice(range(100), 10, 20, 3)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
t1, t2, t3 = it.tee("xy", 3)
print(list(t1), list(t2), list(t3))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.zip_longest("ab", "xyz")))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(zip(it.count(10, 5), "abc")))
print(list(zip(it.count(1.5, 0.5), range(3))))
print(list(it.islice(it.cycle("AB"), 5)))
print(list(it.repeat("x", 3)), list(map(pow, range(5), it.repeat(2))))
print(repr(it.repeat(1, 2)), repr(it.count(3)), repr(it.count(1, 2)))
c = it.count(); next(c); print(c)
print(list(it.product()))
print(list(it.combinations(range(3), 5)))
# flatten, roundrobin-ish
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(it.chain(*matrix)))
print(list(zip(*matrix)))
# running average
nums = [10, 20, 30, 40]
print([s / i for i, s in enumerate(it.accumulate(nums), 1)])
# grouping consecutive runs
def runs(seq):
    return ["".join(g) for _, g in it.groupby(seq)]
print(runs("aabbbcddddde"))
# sliding window via tee
def window(seq, n):
    iters = it.tee(seq, n)
    for i, itr in enumerate(iters):
        for _ in range(i):
            next(itr, None)
    return zip(*iters)
print(list(window(range(6), 3)))
# coin change with combinations_with_replacement
coins = [1, 5, 10]
ways = [c for n in range(1, 4) for c in it.combinations_with_replacement(coins, n) if sum(c) == 11]
print(ways)
print(type(it.groupby([])).__name__, type(it.chain()).__name__)
try:
    list(it.permutations([1, 2], -1))
except ValueError as e:
    print("ValueError:", e)
try:
    it.islice([], -1)
except ValueError as e:
    print("ValueError:", e)
g = it.groupby([1, 1, 2])
k, grp = next(g)
print(k, next(grp))
print(next(it.islice(it.count(), 3, None)))
