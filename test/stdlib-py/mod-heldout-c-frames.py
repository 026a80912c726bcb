# Errors raised inside functions CPython implements in C: the traceback holds only the
# program's own frames (names and count printed, so that extra frames would show).
import bisect
import collections
import functools
import heapq
import itertools
import traceback


def frames(action):
    try:
        action()
    except Exception as e:
        summary = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, "|", e, "|", [f.name for f in summary], [f.line for f in summary][-1:])


class Weird:
    def __lt__(self, other):
        raise RuntimeError("custom comparison failed")


@functools.lru_cache(maxsize=None)
def cached(x):
    return x


frames(lambda: heapq.heappush([1, 2], "a"))
frames(lambda: heapq.heappop([]))
frames(lambda: heapq.heapify([3, None, 1]))
frames(lambda: heapq.heappush([Weird()], Weird()))
frames(lambda: bisect.bisect([1, 2], "x"))
frames(lambda: bisect.insort([1, "a"], 3))
frames(lambda: list(itertools.accumulate([1, "a"])))
frames(lambda: list(itertools.islice("abc", -1)))
frames(lambda: next(itertools.chain(5)))
frames(lambda: list(itertools.starmap(pow, [(1,)])))
frames(lambda: functools.reduce(lambda a, b: a + b, []))
frames(lambda: functools.reduce(lambda a, b: a / b, [1, 0]))
frames(lambda: functools.partial(int, base=2)("102"))
frames(lambda: cached([1]))
frames(lambda: sorted([3, 1], key=functools.cmp_to_key(lambda a, b: a.missing)))
frames(lambda: collections.deque([1]).remove(5))
frames(lambda: collections.deque().popleft())
frames(lambda: collections.deque([1], maxlen=-2))
frames(lambda: collections.OrderedDict().move_to_end("x"))
frames(lambda: collections.defaultdict(int)[[]])
frames(lambda: collections.OrderedDict(a=1).popitem() and collections.OrderedDict().popitem())
