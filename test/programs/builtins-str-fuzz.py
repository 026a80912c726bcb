import random
random.seed(11)
alpha = "ab \t\n,.xAB1é😀ǅß"
def rs(n=8):
    return "".join(random.choice(alpha) for _ in range(random.randint(0, n)))
out = []
for i in range(1500):
    s = rs(12); t = rs(2)
    a = random.randint(-15, 15); b = random.randint(-15, 15); k = random.randint(-2, 4)
    calls = [
        lambda: s.find(t, a, b), lambda: s.rfind(t, a, b), lambda: s.count(t, a, b), lambda: s.startswith(t, a, b), lambda: s.endswith(t, a),
        lambda: s.split(t or None, k), lambda: s.rsplit(t or None, k), lambda: s.partition(t or "x"), lambda: s.rpartition(t or "x"),
        lambda: s.replace(t, "-", k), lambda: s.strip(t or None), lambda: s.lstrip(t), lambda: s.rstrip(t), lambda: s.center(abs(a), "*"),
        lambda: s.ljust(abs(b)), lambda: s.rjust(abs(a), "é"), lambda: s.zfill(abs(a)), lambda: s.expandtabs(abs(k)), lambda: s.splitlines(k % 2 == 0),
        lambda: s.title(), lambda: s.capitalize(), lambda: s.swapcase(), lambda: s.casefold(), lambda: s.upper(), lambda: s.lower(),
        lambda: (s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.istitle(), s.isupper(), s.islower(), s.isidentifier(), s.isprintable()),
        lambda: s[a:b:k or 1], lambda: s.index(t) if t in s else -9, lambda: s.removeprefix(t), lambda: s.removesuffix(t), lambda: t.join(s.split()),
        lambda: s.encode("utf-8", "replace"), lambda: repr(s), lambda: ascii(s), lambda: s.translate({ord("a"): "AA", ord("b"): None}), lambda: sorted(s),
        lambda: s < t, lambda: len(s), lambda: s.split(), lambda: s.rsplit(None, 1),
    ]
    c = calls[i % len(calls)]
    try:
        out.append(repr(c()))
    except Exception as e:
        out.append(type(e).__name__ + ":" + str(e))
for i, o in enumerate(out):
    print(i, o)
