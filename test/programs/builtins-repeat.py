for e in ["\"a\" * 10**12", "\"a\" * 10**20", "[0] * 10**12", "[0] * 10**20", "b\"a\" * 10**12", "(1,) * 10**20", "\"ab\" * (2**62)"]:
    try: eval(e); print(e, "OK")
    except BaseException as x: print(e, "->", type(x).__name__, x)
class I:
    def __index__(self): return 2
print([1] * I(), "ab" * I(), (1,) * I(), I() * [0], [] * 10**20 if False else "skip")
for e in ["[] * 10**20", "'' * 10**20", "[1, 2] * -1", "'x' * True", "[0] * 'a'", "'a' * 1.5"]:
    try: print(e, "->", repr(eval(e)))
    except BaseException as x: print(e, "->", type(x).__name__, x)
l = [1, 2]; l *= 2; print(l); l *= 0; print(l)
