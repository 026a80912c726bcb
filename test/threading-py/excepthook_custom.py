# Replacing threading.excepthook; ExceptHookArgs; a hook that fails; restoring the default.
import sys
import threading


def boom():
    raise ValueError("bad value")


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback is not None, type(args).__name__, len(args))
    exc_type, exc_value, tb, thread = args
    print("unpacked:", exc_type is args[0], thread is args.thread)


threading.excepthook = hook
t = threading.Thread(target=boom, name="with-hook")
t.start()
t.join()


def exit_hook(args):
    print("hook sees SystemExit too:", args.exc_type.__name__, args.exc_value.code)


threading.excepthook = exit_hook
t = threading.Thread(target=sys.exit, args=(7,))
t.start()
t.join()


def failing_hook(args):
    raise TypeError("the hook failed")


threading.excepthook = failing_hook
t = threading.Thread(target=boom)
t.start()
t.join()

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=boom, name="default-again")
t.start()
t.join()

# calling the hook directly with ExceptHookArgs
try:
    raise OSError("direct")
except OSError:
    info = sys.exc_info()
args = threading.ExceptHookArgs(info + (t,))
print(args.exc_type.__name__, args.thread is t, args[1] is info[1])
threading.excepthook(args)
try:
    threading.ExceptHookArgs((1, 2, 3))
except TypeError as e:
    print("3 items ->", e)

# the default hook writes to sys.stderr as it is when the thread dies
import io
captured = io.StringIO()
sys.stderr = captured
t = threading.Thread(target=boom, name="captured")
t.start()
t.join()
sys.stderr = sys.__stderr__
print("captured first line:", captured.getvalue().splitlines()[0])
print("captured last line:", captured.getvalue().splitlines()[-1])

# with sys.stderr None, the report goes to the stderr the thread was created with
t = threading.Thread(target=boom, name="saved-stderr")
sys.stderr = None
t.start()
t.join()
sys.stderr = sys.__stderr__
print("end")
