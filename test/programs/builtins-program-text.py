import math, random
text = """The quick brown fox jumps over the lazy dog. The dog barks!
A journey of a thousand miles begins with a single step.
To be, or not to be: that is the question."""
words = [w.strip(".,!:;").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(f"{'word':<10}|{'count':>6}")
print("-" * 17)
for w, c in top:
    print(f"{w:<10}|{c:>6}")
print("unique:", len(set(words)), "total:", len(words))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:2d}: {line[:30]!r:35} len={len(line)} caps={sum(1 for ch in line if ch.isupper())}")
print(text.title()[:40], text.count("the"), text.lower().count("the"), text.find("dog"), text.rfind("dog"))
# numbers
vals = [3.14159, 2.71828, 1.41421, 1.73205]
print("mean=%.4f" % (sum(vals) / len(vals)), "stdev={:.4f}".format(math.sqrt(sum((v - sum(vals)/len(vals))**2 for v in vals) / (len(vals) - 1))))
print(round(sum(vals), 3), max(vals), min(vals), sorted(vals, reverse=True), [round(v, 1) for v in vals])
print(math.factorial(20), math.comb(10, 3), math.gcd(48, 180), math.isqrt(99), math.hypot(3, 4), math.degrees(math.atan2(1, 1)), math.log(1000, 10), math.ceil(4.2), math.floor(-4.2))
principal, rate, years = 1000.0, 0.05, 10
for y in range(0, years + 1, 5):
    amount = principal * (1 + rate) ** y
    print(f"year {y:2}: ${amount:,.2f} {amount:e} {amount:.3g}")
random.seed(2024)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hand = deck[:5]
print(hand, random.choice(deck), random.sample(range(1, 50), 6), round(random.uniform(0, 100), 2), random.randint(1, 6))
rolls = [random.randint(1, 6) for _ in range(600)]
print({k: rolls.count(k) for k in range(1, 7)}, sum(rolls) / len(rolls))
print(sorted(random.choices("abc", weights=[5, 1, 1], k=10)), random.gauss(100, 15), random.random())
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = list(map(list, zip(*matrix)))
print(matrix, transposed, [sum(r) for r in matrix], [row[::-1] for row in matrix])
print("\n".join(" ".join(f"{x:3d}" for x in row) for row in matrix))
s = "Hello, World"
print(s[::-1], s.swapcase(), s.center(20, "="), s.replace("l", "L", 2), s.split(", "), "-".join(s), s.encode("utf-8"), s.zfill(15), s.partition(","))
print(bin(42), hex(255), oct(8), int("101010", 2), int("ff", 16), f"{42:08b}", f"{255:#06x}", ord("A"), chr(97), divmod(17, 5), pow(2, 100, 97), 7 / 2, 7 // 2, -7 // 2, 2 ** -1)
data = {"b": [3, 1], "a": [2, 9], "c": []}
print(sorted(data), sorted(data.items(), key=lambda kv: sum(kv[1])), {k: sorted(v) for k, v in data.items() if v}, list(data.values()), dict(sorted(data.items())))
print(list(enumerate("abc", 1)), list(zip("ab", [1, 2], (True, False))), list(filter(str.isdigit, "a1b2c3")), list(map(str.upper, ["x", "y"])), any(x > 2 for x in [1, 3]), all([]))
print(f"{3.0:.0f} {2.5:.0f} {1e-10:.2e} {123456789:,} {0.1 + 0.2} {1/3:.5} {-0.0} {float('inf')} {10**20} {2**0.5:.10f}")
