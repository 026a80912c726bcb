import builtins
class Z: pass
names = ["abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "dir", "divmod", "eval", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "isinstance", "issubclass", "iter", "len", "locals", "next", "oct", "ord", "pow", "repr", "round", "setattr", "sorted", "sum", "vars", "min", "max", "exec", "compile"]
for name in names:
    f = getattr(builtins, name)
    for n in (0, 9):
        try: f(*([Z()] * n)); r = "OK"
        except TypeError as e: r = str(e)
        except Exception as e: r = "other:" + type(e).__name__
        print(name, n, r)
    try: f(Z(), zzz=1); r = "OK"
    except TypeError as e: r = str(e)
    except Exception as e: r = "other:" + type(e).__name__
    print(name, "kw", r)
