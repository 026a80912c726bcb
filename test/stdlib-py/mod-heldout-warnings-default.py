# Warnings as a library author issues them, shown the default way on stderr.
import warnings


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x


def risky():
    warnings.warn("risky call", RuntimeWarning)


def noisy():
    warnings.warn("noisy")


print(old_api(1))
risky()
risky()
for _ in range(3):
    noisy()
warnings.warn("module level", UserWarning)
warnings.warn("module level", UserWarning)
warnings.warn(FutureWarning("as an instance"))
warnings.warn("bytes warning", BytesWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("unicode", UnicodeWarning)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
warnings.warn_explicit("explicit module", UserWarning, "other.py", 7, module="other")
warnings.simplefilter("once")
for _ in range(2):
    warnings.warn("once only", UserWarning)
    warnings.warn("once only", RuntimeWarning)
warnings.resetwarnings()
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    risky()
except RuntimeWarning as e:
    print("caught", type(e).__name__, e)
warnings.filterwarnings("ignore", message="^quiet")
warnings.warn("quiet please")
warnings.warn("loud please")
print(len(warnings.filters) > 0, warnings.filters[0][:2] if warnings.filters else None)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    old_api(2)
    print(log[0].category.__name__, log[0].lineno, log[0].filename.endswith(".py"), str(log[0].message))
    print(str(log[0]).split(":", 1)[1][:60])
warnings.warn("after the block")
print("done")
