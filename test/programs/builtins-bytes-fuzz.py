import random
random.seed(12)
alpha = b"ab \t\n,.xAB1\xe9\x00"
def rb(n=8):
    return bytes(random.choice(alpha) for _ in range(random.randint(0, n)))
out = []
for i in range(1200):
    s = rb(12); t = rb(2)
    a = random.randint(-15, 15); b = random.randint(-15, 15); k = random.randint(-2, 4)
    calls = [
        lambda: s.find(t, a, b), lambda: s.rfind(t, a, b), lambda: s.count(t, a, b), lambda: s.startswith(t, a, b), lambda: s.endswith(t, a),
        lambda: s.split(t or None, k), lambda: s.rsplit(t or None, k), lambda: s.partition(t or b"x"), lambda: s.rpartition(t or b"x"),
        lambda: s.replace(t, b"-", k), lambda: s.strip(t or None), lambda: s.lstrip(t), lambda: s.rstrip(t), lambda: s.center(abs(a), b"*"),
        lambda: s.ljust(abs(b)), lambda: s.zfill(abs(a)), lambda: s.expandtabs(abs(k)), lambda: s.splitlines(k % 2 == 0),
        lambda: s.title(), lambda: s.capitalize(), lambda: s.swapcase(), lambda: s.upper(), lambda: s.lower(),
        lambda: (s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.istitle(), s.isupper(), s.islower()),
        lambda: s[a:b:k or 1], lambda: s.removeprefix(t), lambda: s.removesuffix(t), lambda: t.join(s.split()),
        lambda: s.decode("latin-1"), lambda: s.decode("utf-8", "replace"), lambda: s.hex(), lambda: repr(s), lambda: s < t, lambda: bytearray(s).upper(),
        lambda: s.decode("ascii", "backslashreplace"), lambda: s.index(t) if t in s else -9, lambda: hash(s) == hash(bytes(s)), lambda: s.count(t[:1] and t[0]),
    ]
    c = calls[i % len(calls)]
    try:
        out.append(repr(c()))
    except Exception as e:
        out.append(type(e).__name__ + ":" + str(e))
for i, o in enumerate(out):
    print(i, o)
