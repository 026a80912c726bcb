# warnings: warn() with categories and stacklevel, the default filters, filterwarnings,
# simplefilter, catch_warnings, "error" turning warnings into exceptions.
import warnings


def old_function():
    warnings.warn("old_function is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def risky(x):
    if x < 0:
        warnings.warn("negative value")
    return abs(x)


print(risky(-3))
print(risky(-4))            # same place: shown once
for i in range(3):
    risky(-1)               # a new place, shown once for the loop
warnings.warn("module level", UserWarning)
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn(FutureWarning("given as an instance"))
old_function()              # DeprecationWarning: shown, pointing at this line (in __main__)
warnings.warn("pending", PendingDeprecationWarning)   # ignored by default

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky(-1)
    risky(-1)
    old_function()
    warnings.warn("in the block", UserWarning)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(caught[0].lineno > 0, caught[0].filename.endswith("struct-warnings.py"), type(caught[0]).__name__)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    risky(-10)
    print("nothing shown")

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        risky(-5)
    except UserWarning as e:
        print("UserWarning raised:", e)

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="neg")
    risky(-6)
    warnings.warn("not negative", UserWarning)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("repeated once")
        warnings.warn("repeated once", RuntimeWarning)
print([(str(w.message), w.category.__name__) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("per module")
print(len(caught))

print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  the line  "), end="")
for bad in (lambda: warnings.warn("x", 3), lambda: warnings.warn("x", int), lambda: warnings.simplefilter("sometimes")):
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__ + ":", e)
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))


def shout(message, category, filename, lineno, file=None, line=None):
    print("CUSTOM:", category.__name__, message)


old = warnings.showwarning
warnings.showwarning = shout
warnings.warn("through a custom showwarning")
warnings.showwarning = old
warnings.warn("deep", stacklevel=5)
warnings.simplefilter("error")
warnings.warn("now an error")
