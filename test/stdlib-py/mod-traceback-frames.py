# Stacks seen from sort keys, generators, threads and context managers.
import traceback, sys, threading
def key(x):
    if x == 2:
        traceback.print_stack(file=sys.stdout)
    return -x
def gen():
    traceback.print_stack(file=sys.stdout)
    yield 1
sorted([1, 2, 3], key=key)
list(gen())
print([len(s) for s in [traceback.format_stack()]])
def worker():
    try:
        raise ValueError("in thread")
    except ValueError:
        traceback.print_exc(file=sys.stdout)
    traceback.print_stack(file=sys.stdout, limit=1)
t = threading.Thread(target=worker)
t.start(); t.join()
class Ctx:
    def __enter__(self):
        traceback.print_stack(file=sys.stdout)
    def __exit__(self, *a):
        print(len(traceback.extract_stack()))
with Ctx():
    pass
