import random
random.seed(1)
words = ["".join(random.choice("abcdefghijklmnopqrstuvwxyzé€😀") for _ in range(random.randint(0, 12))) for _ in range(400)]
print(hash("é"), hash("€uro"), hash("😀x"), hash("ab" * 20))
print(all(hash(w) == hash(w[:]) for w in words))
s = set(words)
print(list(s)[:40])
print({w: len(w) for w in words[:5]}, set("mississippi"), set(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]))
fs = frozenset(words[:50]); print(list(fs)[:10], hash(fs))
print(sorted(set(words))[:5], len(s))
print(set("hello world".split()), {"x", "y"} | {"z"}, {"a", "b", "c"} - {"b"}, {(1, "a"), (2, "b")})
