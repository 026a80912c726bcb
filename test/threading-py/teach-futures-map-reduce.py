# Word count as map/reduce with a ThreadPoolExecutor: documents are split into chunks, each
# chunk is counted by a worker (map), the partial Counters are merged (reduce). Also the same
# with executor.map over several iterables, a generator input, and a map that raises midway.
import collections
import concurrent.futures
import functools
import re

DOCS = {
    "zen": """Beautiful is better than ugly. Explicit is better than implicit.
Simple is better than complex. Complex is better than complicated.
Flat is better than nested. Sparse is better than dense.""",
    "fox": "The quick brown fox jumps over the lazy dog. The dog sleeps. The fox runs.",
    "lorem": "lorem ipsum dolor sit amet lorem ipsum dolor lorem",
}


def tokenize(text):
    return re.findall(r"[a-z]+", text.lower())


def count_chunk(words):
    return collections.Counter(words)


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    per_doc = {}
    for name, text in DOCS.items():
        words = tokenize(text)
        partials = list(pool.map(count_chunk, chunks(words, 5)))
        per_doc[name] = functools.reduce(lambda a, b: a + b, partials, collections.Counter())
        print(f"{name}: {len(words)} words in {len(partials)} chunks")

for name in sorted(per_doc):
    print(name, per_doc[name].most_common(3))
total = sum(per_doc.values(), collections.Counter())
print("overall top 5:", sorted(total.most_common(5), key=lambda kv: (-kv[1], kv[0])))
print("distinct words:", len(total))

# submit + as_completed, merged in completion order: the merge is order-independent
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    futs = [pool.submit(count_chunk, tokenize(t)) for t in DOCS.values()]
    merged = collections.Counter()
    for f in concurrent.futures.as_completed(futs):
        merged.update(f.result())
print("same result via as_completed:", merged == total)

# map over two iterables stops at the shorter one, like zip
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    print("weighted:", list(pool.map(lambda w, k: f"{w}x{k}", ["better", "is", "than"], [3, 2])))
    print("from generator:", list(pool.map(len, (w for w in ["a", "bb", "ccc"]))))
    print("chunksize ignored for threads:", list(pool.map(str.upper, "abc", chunksize=2)))

    def strict_len(word):
        if not word:
            raise ValueError("empty word")
        return len(word)

    results = pool.map(strict_len, ["one", "three", "", "four"])
    print("first:", next(results), "second:", next(results))
    try:
        next(results)
    except ValueError as e:
        print("third raised:", e)
    print("generator after error:", list(results))
