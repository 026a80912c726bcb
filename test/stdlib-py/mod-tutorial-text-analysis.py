# Text analysis course exercise: word frequencies, n-grams, wrapping and a report table
from collections import Counter, defaultdict
import string
import textwrap
import itertools
import statistics

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""

table = str.maketrans("", "", string.punctuation)
words = TEXT.lower().translate(table).split()
freq = Counter(words)
print(len(words), len(freq))
for word, n in freq.most_common(8):
    print(f"{word:<10}{n:>3} {'#' * n}")
lengths = [len(w) for w in words]
print(statistics.mean(lengths), statistics.median(lengths), statistics.mode(lengths), max(words, key=len))
by_len = defaultdict(set)
for w in words:
    by_len[len(w)].add(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
trigrams = Counter(" ".join(t) for t in zip(words, words[1:], words[2:]))
print(trigrams.most_common(2))
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print(letters.most_common(5), sum(letters.values()))
vowels = sum(letters[v] for v in "aeiou")
print(f"vowels: {vowels} ({vowels / sum(letters.values()):.1%})")
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), sentences[:3])
print(textwrap.fill(" ".join(sentences[:4]), width=40, initial_indent="> ", subsequent_indent="> "))
print(textwrap.shorten(TEXT, width=60, placeholder=" ..."))
caps = [w for w in TEXT.translate(table).split() if w[0].isupper()]
print(caps)
first_letters = {k: len(list(g)) for k, g in itertools.groupby(sorted(words), key=lambda w: w[0])}
print(first_letters)
palins = [w for w in set(words) if len(w) > 1 and w == w[::-1]]
print(sorted(palins))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, string.capwords("the quick brown fox"), "hello world".title())
print("{:^30}".format(" REPORT "), "=" * 30, sep="\n")
rows = [("words", len(words)), ("unique", len(freq)), ("avg len", round(statistics.fmean(lengths), 2))]
for label, value in rows:
    print(f"{label:.<20}{value:.>10}")
print(str.maketrans("abc", "xyz"), "abcabc".translate(str.maketrans("abc", "xyz")), "caesar".translate({ord(c): (ord(c) - 97 + 3) % 26 + 97 for c in string.ascii_lowercase}))
