# Teaching-style programs combining the modules: itertools recipes, word counts, memoized
# recursion, a priority queue, a sliding window, an LRU cache, a diff of two texts.
import collections
import functools
import heapq
import itertools
import operator
import statistics
import string
import textwrap
from fractions import Fraction


def take(n, iterable):
    return list(itertools.islice(iterable, n))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return itertools.zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = itertools.cycle(itertools.islice(nexts, num_active))


def powerset(iterable):
    s = list(iterable)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in itertools.filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(itertools.islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


def flatten(list_of_lists):
    return itertools.chain.from_iterable(list_of_lists)


def partition(pred, iterable):
    t1, t2 = itertools.tee(iterable)
    return itertools.filterfalse(pred, t1), filter(pred, t2)


print(take(5, itertools.count(10, 5)), list(grouper('ABCDEFG', 3, 'x')), list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])), list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)), list(flatten([[1, 2], [3], []])), [list(p) for p in partition(lambda x: x % 2, range(10))])
print(list(itertools.accumulate(itertools.repeat(Fraction(1, 2), 5), operator.mul)))
print(list(itertools.starmap('{} is {}'.format, zip('abc', itertools.count()))))
print(sum(1 for _ in itertools.product(range(3), repeat=4)), next(itertools.dropwhile(lambda n: n * n < 50, itertools.count())))

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(string.punctuation).lower() for w in text.split()]
counts = collections.Counter(words)
print(counts.most_common(5), len(counts), sum(counts.values()))
by_length = collections.defaultdict(list)
for w in sorted(set(words)):
    by_length[len(w)].append(w)
print(dict(sorted(by_length.items())))
print(textwrap.fill(text, 40, initial_indent='> ', subsequent_indent='> '))
print(statistics.mean(map(len, words)), statistics.median(map(len, words)), statistics.mode(words),
      round(statistics.stdev(map(len, words)), 6))


@functools.lru_cache(maxsize=None)
def paths(rows, cols):
    if rows == 0 or cols == 0:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


print(paths(16, 16), paths.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(300), fib.cache_info().currsize)

# Dijkstra with heapq
graph = {'A': {'B': 4, 'C': 2}, 'B': {'C': 5, 'D': 10}, 'C': {'E': 3}, 'D': {'F': 11}, 'E': {'D': 4}, 'F': {}}
dist = {'A': 0}
queue = [(0, 'A')]
order = []
while queue:
    d, node = heapq.heappop(queue)
    if d > dist.get(node, float('inf')):
        continue
    order.append((node, d))
    for nxt, w in graph[node].items():
        nd = d + w
        if nd < dist.get(nxt, float('inf')):
            dist[nxt] = nd
            heapq.heappush(queue, (nd, nxt))
print(order)

# An LRU cache by hand
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = collections.OrderedDict()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)


lru = LRU(2)
lru.put(1, 1)
lru.put(2, 2)
print(lru.get(1), end=' ')
lru.put(3, 3)
print(lru.get(2), end=' ')
lru.put(4, 4)
print(lru.get(1), lru.get(3), lru.get(4), lru.data)

Card = collections.namedtuple('Card', ['rank', 'suit'])
ranks = [str(n) for n in range(2, 11)] + list('JQKA')
deck = [Card(rank, suit) for suit in 'spades diamonds clubs hearts'.split() for rank in ranks]
suit_values = dict(spades=3, hearts=2, diamonds=1, clubs=0)


def spades_high(card):
    return ranks.index(card.rank) * len(suit_values) + suit_values[card.suit]


print(len(deck), deck[0], deck[-1], sorted(deck, key=spades_high)[:3], max(deck, key=spades_high))
print(sorted(deck, key=operator.attrgetter('suit', 'rank'))[:2], [c.rank for c in deck[12::13]])
