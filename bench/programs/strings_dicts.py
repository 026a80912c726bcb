# String and dict work: splitting, counting with a dict, formatting, joining, slicing.
text = ("the quick brown fox jumps over the lazy dog and the cat " * 4000).split()
counts = {}
for word in text:
    counts[word] = counts.get(word, 0) + 1
lines = []
for word in sorted(counts):
    lines.append(f"{word:>8}: {counts[word]:5d}")
report = "\n".join(lines)
print(len(report), report.count("\n"))
acc = []
for i in range(150000):
    s = str(i)
    acc.append(s[::-1] + s[:2].upper())
joined = ",".join(acc)
print(len(joined), joined[:30], sum(1 for part in acc if part.startswith("9")))
index = {}
for i, part in enumerate(acc):
    index.setdefault(part[0], []).append(i)
print(sorted((k, len(v)) for k, v in index.items()))
