# atexit callbacks that fail at exit: each failure reported on stderr, the others still run.
import atexit, sys
def bad():
    raise ValueError("in atexit")
def exits():
    sys.exit(3)
def good(n):
    print("good", n)
atexit.register(good, 1)
atexit.register(bad)
atexit.register(exits)
atexit.register(good, 2)

print("main done")
