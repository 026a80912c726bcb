import threading

def boom():
    raise ValueError("something went wrong in the worker")

t = threading.Thread(target=boom, name="Crashy")
t.start()
t.join()
print("main continues")

captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, name="Hooked")
t.start(); t.join()
threading.excepthook = old
print(captured)
print(threading.excepthook is threading.__excepthook__)
