import threading, sys
def hook(args):
    print("type:", args.exc_type.__name__, file=sys.stdout)
    print("value:", args.exc_value, file=sys.stdout)
    print("tb is traceback:", type(args.exc_traceback).__name__, file=sys.stdout)
    print("thread:", args.thread.name, file=sys.stdout)
    print("fields:", args._fields if hasattr(args, "_fields") else "?", file=sys.stdout)
threading.excepthook = hook
def f():
    raise LookupError("not found", 42)
t = threading.Thread(target=f, name="Lookup"); t.start(); t.join()
def g():
    raise SystemExit(5)
t = threading.Thread(target=g); t.start(); t.join()
print("done")
threading.excepthook = threading.__excepthook__
def h():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
t = threading.Thread(target=h, name="Chained"); t.start(); t.join()
