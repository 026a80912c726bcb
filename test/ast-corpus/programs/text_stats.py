import collections
import re
import string
import sys

WORD = re.compile(r"[A-Za-z']+")
STOP = frozenset("the a an and or of to in is it that for on with as".split())


def words(text):
    for match in WORD.finditer(text):
        w = match.group().lower().strip("'")
        if w and w not in STOP:
            yield w


def stats(text):
    counts = collections.Counter(words(text))
    lines = text.splitlines()
    return {
        "lines": len(lines),
        "blank": sum(1 for l in lines if not l.strip()),
        "words": sum(counts.values()),
        "unique": len(counts),
        "top": counts.most_common(5),
        "letters": {c: text.lower().count(c) for c in string.ascii_lowercase if c in text.lower()},
        "longest": max(counts, key=len, default=""),
    }


SAMPLE = """\
It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness...

Don't panic: "quoted" words & numbers 42 are skipped.
"""

if __name__ == "__main__":
    text = open(sys.argv[1], encoding="utf-8").read() if len(sys.argv) > 1 else SAMPLE
    result = stats(text)
    width = max(map(len, result))
    for key, value in result.items():
        print(f"{key:<{width}} : {value}")
    print("%-10s|%5d|%8.3f|%x|%r" % ("fmt", 42, 3.14159, 255, "s"))
