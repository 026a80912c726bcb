# C-implemented container types after the naming change: generic aliases, copies, subclasses, pattern matching.
import collections, itertools, functools, array, copy, typing
print(collections.deque[int], collections.OrderedDict[str, int], collections.defaultdict[str, list])
print(copy.copy(collections.deque([1, 2], 5)), copy.deepcopy(collections.OrderedDict(a=[1])), copy.copy(collections.defaultdict(list, a=[1])))
class MyDeque(collections.deque): pass
class MyOD(collections.OrderedDict): pass
print(MyDeque([1]), MyOD(a=1), type(MyDeque()).__name__, MyDeque.__mro__)
try: hash(MyDeque())
except TypeError as e: print(e)
try: MyOD()[[]] = 1
except TypeError as e: print(e)
print(typing.Deque[int], typing.OrderedDict[str, int], typing.DefaultDict[str, int])
print(isinstance(collections.deque(), typing.Sequence) if False else "", issubclass(collections.deque, collections.abc.MutableSequence))
print(itertools.count.__name__, itertools.count.__qualname__, itertools.count.__module__, repr(itertools.count))
print(repr(functools.partial), functools.partial.__name__, repr(functools.partial(int, "5")))
import inspect
print(inspect.getmodule(collections.deque).__name__)
match collections.deque([1, 2]):
    case [a, b]: print("deque matched", a, b)
try:
    array.array[int]
except TypeError as e:
    print("TypeError:", e)
for t in (collections.deque, collections.OrderedDict, collections.defaultdict, array.array, itertools.islice, functools.partial):
    print(t.__name__, t.__qualname__, t.__module__, t)
