# Lists, dicts, sets and strings: building, lookup, sorting, joining.
words = [f"w{i % 997}x{i % 13}" for i in range(200_000)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
unique = set(words)
ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
squares = [n * n for n in range(100_000) if n % 3]
text = ",".join(str(n) for n in squares[:50_000])
print(len(unique), ordered[:3], len(text), sum(squares) % 1_000_003)
