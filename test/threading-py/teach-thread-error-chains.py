# Tracebacks of threads that die with chained exceptions, notes, exception groups and wrong
# arguments: the default hook prints the whole chain the same way as for the main thread.
import sys
import threading


def load_config(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError as e:
        raise RuntimeError(f"no config at {path}") from e


def retry_then_fail():
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("second failure")  # implicit chaining: "During handling ..."


def with_note():
    err = ValueError("bad value")
    err.add_note("hint: values must be positive")
    raise err


def group():
    raise ExceptionGroup("several failures", [KeyError("a"), TypeError("b")])


def takes_nothing():
    return "never"


def run(target, *args, name=None):
    t = threading.Thread(target=target, args=args, name=name)
    t.start()
    t.join()
    sys.stderr.flush()
    print("finished:", t.name)
    sys.stdout.flush()


run(load_config, "/nonexistent/app.cfg")
run(retry_then_fail, name="retrier")
run(with_note)
run(takes_nothing, 1, 2)
run(lambda: takes_nothing(x=1), name="kw")


class Job(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"job-{n}")
        self.n = n

    def run(self):
        self.step(self.n)

    def step(self, n):
        if n == 0:
            raise RecursionError("bottom reached")
        self.step(n - 1)


j = Job(3)
j.start()
j.join()
print("after job")
sys.stdout.flush()

# SystemExit in a thread is silent, whatever its code
for code in (0, 3, "message"):
    t = threading.Thread(target=sys.exit, args=(code,))
    t.start()
    t.join()
print("SystemExit threads were silent")

# an exception group from a thread, summarised by a custom hook (its default report's frames
# sit inside threading.py, whose lines differ between implementations)
def summarise(args):
    exc = args.exc_value
    print(f"hook: {args.thread.name}: {type(exc).__name__}: {exc}")
    for sub in exc.exceptions:
        print("   sub:", repr(sub))
    print("   split KeyError:", exc.split(KeyError)[0].exceptions)


threading.excepthook = summarise
run(group, name="grouper")
