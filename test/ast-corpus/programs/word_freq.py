import sys
from collections import Counter
from itertools import groupby, islice

TEXT = """the quick brown fox jumps over the lazy dog the dog sleeps
a fox is quick and a dog is lazy but the fox is not lazy"""


def top_words(text, n=5):
    counts = Counter(text.split())
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def by_length(words):
    ordered = sorted(set(words), key=len)
    return {length: list(group) for length, group in groupby(ordered, key=len)}


def bigrams(words):
    return Counter(zip(words, islice(words, 1, None)))


words = TEXT.split()
for word, count in top_words(TEXT):
    print(f"{word:>6} {'*' * count}")
print(by_length(words))
print(bigrams(words).most_common(3))
print(max(words, key=words.count), min(words, key=lambda w: (len(w), w)), file=sys.stdout)
