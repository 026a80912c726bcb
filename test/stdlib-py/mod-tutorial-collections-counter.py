# Counting words and letters the way tutorials introduce collections.Counter
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs away from the dog"""
words = text.split()
counts = Counter(words)
print(counts.most_common(3))
print(counts["the"], counts["missing"])
print(len(counts), sum(counts.values()), counts.total())

letters = Counter("mississippi")
print(letters)
print(repr(letters))
print(sorted(letters.elements()))
print(list(letters.keys()))
print(letters.most_common())
print(letters.most_common(2))

inventory = Counter(apples=3, pears=5, plums=0)
sold = Counter(apples=1, pears=7, kiwis=2)
print("add", inventory + sold)
print("sub", inventory - sold)
print("and", inventory & sold)
print("or", inventory | sold)
print("unary +", +Counter(a=2, b=-1, c=0))
print("unary -", -Counter(a=2, b=-1, c=0))

inventory.update(apples=10)
inventory.update(["pears", "pears"])
print(inventory)
inventory.subtract({"pears": 20, "figs": 1})
print(inventory)
print(dict(inventory))

c = Counter()
for ch in "hello world":
    if ch.isalpha():
        c[ch] += 1
print(c)
del c["l"]
print(c)
print(c == Counter({"h": 1, "e": 1, "o": 2, "w": 1, "r": 1, "d": 1}))

# comparisons (3.10+)
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=2))
print(Counter("abc") == Counter("cba"))

# fromkeys is not allowed
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)

# Counter from a generator of grades
grades = ["A", "B", "A", "C", "B", "A", "F"]
hist = Counter(grades)
for grade, n in sorted(hist.items()):
    print(f"{grade}: {'*' * n} ({n})")
print(Counter({"x": 2, "y": 3}).most_common()[:-2:-1])
print(Counter("abracadabra").most_common(10))
empty = Counter()
print(empty, repr(empty), empty.most_common(1))
c2 = letters.copy()
c2.clear()
print(c2, letters["s"])
print(Counter(cats=4, dogs=8) + Counter())
print(str(Counter({"b": 1, "a": 1, "c": 2})))
