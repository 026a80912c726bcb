# itertools the way a tutorial teaches it: laziness, groupby gotchas, recipes.
import itertools as it
import operator

print(list(it.islice(it.count(10, 2.5), 4)))
print(list(it.islice(it.cycle("AB"), 5)))
print(list(it.repeat("x", 3)), repr(it.repeat(1, 2)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([])))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(it.pairwise("ABCDE")), list(it.pairwise("A")))
print(list(it.islice("ABCDEFG", 2, None)), list(it.islice("ABCDEFG", 0, None, 2)))

# groupby only groups consecutive runs
data = "AAAABBBCCDAABBB"
print([k for k, g in it.groupby(data)])
print([(k, len(list(g))) for k, g in it.groupby(data)])
# the groups are lazy: once groupby advances, an old group is exhausted
groups = []
for k, g in it.groupby("aabbb"):
    groups.append(g)
print([list(g) for g in groups])
grps = it.groupby("xxyz")
k1, g1 = next(grps)
k2, g2 = next(grps)
print(k1, list(g1), k2, list(g2))
people = [("alice", "eng"), ("bob", "ops"), ("carol", "eng")]
for dept, members in it.groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(dept, [m[0] for m in members])

a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
print(len(it.tee("ab", 3)))
try:
    it.tee("ab", -1)
except ValueError as e:
    print("ValueError:", e)

print(list(it.product("ab", repeat=2)))
print(list(it.product([1, 2], "xy")))
print(list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("ab", 3)))
print(list(it.combinations("ab", 5)), list(it.permutations([], 0)))

try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    it.islice("abc", 0, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    it.count("a")
except TypeError as e:
    print("TypeError:", e)
try:
    next(it.chain(5))
except TypeError as e:
    print("TypeError:", e)
try:
    it.repeat()
except TypeError as e:
    print("TypeError:", e)
try:
    it.combinations("abc", -1)
except ValueError as e:
    print("ValueError:", e)
print(repr(it.count()), repr(it.count(5, -1)), repr(it.count(1.5)))
c = it.count(); next(c); next(c)
print(c)

def take(n, iterable):
    return list(it.islice(iterable, n))
def batched(iterable, n):
    iterator = iter(iterable)
    while chunk := tuple(it.islice(iterator, n)):
        yield chunk
def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))
print(take(3, it.count()))
print(list(batched("ABCDEFG", 3)))
print(list(roundrobin("ABC", "D", "EF")))
print(list(map(operator.add, it.repeat(10), [1, 2, 3])))
print(list(it.zip_longest()), list(zip()))
s = it.islice(iter(range(10)), 3)
print(list(s), list(s))
