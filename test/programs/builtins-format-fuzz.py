import random
random.seed(16)
vals = [0, 1, -1, 42, -12345, 10**20, 3.14159, -0.0, 1e-7, 1e22, 2.5, float("inf"), float("nan"), "text", "", True, 1+2j]
fills = ["", "*", "0", " ", "é"]
out = []
for i in range(3000):
    v = random.choice(vals)
    spec = random.choice(fills) + random.choice(["", "<", ">", "^", "="]) if random.random() < 0.5 else ""
    spec += random.choice(["", "+", "-", " "]) + random.choice(["", "#"]) + random.choice(["", "0"]) + random.choice(["", "1", "8", "12"])
    spec += random.choice(["", ",", "_"]) + random.choice(["", ".0", ".2", ".5"]) + random.choice(["", "d", "x", "X", "o", "b", "e", "E", "f", "F", "g", "G", "%", "n", "s", "c"])
    try:
        out.append(repr(format(v, spec)))
    except Exception as e:
        out.append(type(e).__name__ + ":" + str(e))
    if i % 7 == 0:
        try:
            out.append(repr("%" + spec.lstrip("*é<>^=").replace(",", "").replace("_", "") % (v,)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
for i, o in enumerate(out):
    print(i, o)
