# Messages naming C types of decimal and collections ("decimal.Decimal", "_collections._deque_iterator").
from decimal import Decimal, Context, getcontext
import collections, itertools, array, functools, io
def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
t(lambda: Decimal(1)[0])
t(lambda: len(Decimal(1)))
t(lambda: Decimal(1).foo)
t(lambda: getcontext()[0])
t(lambda: Decimal(1) < "a")
t(lambda: iter(Decimal(1)))
t(lambda: hash(getcontext()))
t(lambda: collections.deque().foo)
t(lambda: iter(collections.deque())[0])
t(lambda: len(iter(collections.deque())))
t(lambda: collections.Counter()[[]])
t(lambda: functools.partial(int)[0])
t(lambda: array.array("i") < 3)
t(lambda: itertools.count() + 1)
t(lambda: io.StringIO() + 1)
print(type(iter(collections.deque())))
print(type(Decimal(1)), type(getcontext()), Decimal.__module__, Decimal.__qualname__)
