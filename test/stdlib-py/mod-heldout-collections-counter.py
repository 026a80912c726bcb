# A course unit on Counter: counting words, arithmetic, negatives and edge cases.
from collections import Counter

text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print(words)
print(words.most_common(2))
print(words["missing"], "missing" in words)
print(sorted(words.elements())[:5])

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
a.subtract(b)
print(a)
a.update("aab")
print(a)
print(a.total())
c = Counter({"x": 0, "y": -1, "z": 2})
print(c)
print(repr(Counter()))
print(Counter("abracadabra").most_common())
print(Counter("abracadabra").most_common(0))
print(list(Counter("hello").keys()))
print(Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2, b=1))
print(Counter(a=2) < Counter(a=2))
d = Counter("mississippi")
del d["s"]
print(d)
d["z"] += 1
print(d)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Counter([1, 1.0, True]))
class Tally(Counter):
    pass
print(Tally("aab"))
print(Counter(a=1.5, b=0.5) + Counter(a=1))
print(Counter("aaabbc") - Counter("abc"))
print(dict(Counter(cats=4, dogs=8)))
