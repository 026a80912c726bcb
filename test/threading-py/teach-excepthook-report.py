# What happens when a thread dies with an exception: the default threading.excepthook prints
# "Exception in thread NAME (TARGET):" and the traceback on stderr and the program carries on;
# a custom hook receives (exc_type, exc_value, exc_traceback, thread); sys.excepthook is not used.
import sys
import threading


def parse_int(text):
    return int(text)


def worker(text):
    value = parse_int(text)
    print("parsed", value)


t = threading.Thread(target=worker, args=("42",))
t.start()
t.join()
t = threading.Thread(target=worker, args=("forty-two",))
t.start()
t.join()
print("main goes on after", t.name, "died; alive:", t.is_alive())
sys.stdout.flush()


class Uploader(threading.Thread):
    def run(self):
        raise ConnectionError("server went away")


u = Uploader(name="uploader")
u.start()
u.join()
sys.stderr.flush()
print("default hook is threading.__excepthook__:", threading.excepthook is threading.__excepthook__)

# a custom hook collects the failures instead of printing them
failures = []


def collecting_hook(args):
    failures.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                     args.exc_traceback is not None))


threading.excepthook = collecting_hook
for i, text in enumerate(["1", "x", "", "3"]):
    th = threading.Thread(target=worker, args=(text,), name=f"parser-{i}")
    th.start()
    th.join()
print("collected:", failures)

# the hook's args object
captured = []
threading.excepthook = lambda args: captured.append(args)
th = threading.Thread(target=lambda: [][1], name="indexer")
th.start()
th.join()
args = captured[0]
print("args type:", type(args).__name__)
print("fields:", args.exc_type, repr(args.exc_value), args.thread is th)

# a hook that raises itself: its error is reported by sys.excepthook... (here: a simple print)
def noisy_hook(args):
    print("noisy hook saw", args.exc_type.__name__, "in", args.thread.name)


threading.excepthook = noisy_hook
th = threading.Thread(target=lambda: {}["missing"], name="dict-reader")
th.start()
th.join()

# restoring the default reports again on stderr
threading.excepthook = threading.__excepthook__
th = threading.Thread(target=lambda: None.attr, name="none-reader")
th.start()
th.join()
print("done")
