# An exception that ends a thread is reported on stderr by threading.excepthook; the
# program goes on. SystemExit is silent (exactly SystemExit, not subclasses).
import sys
import threading


def boom():
    return 1 / 0


def nested():
    def inner():
        raise KeyError("missing")
    inner()


def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("while handling") from e


def quiet_exit():
    sys.exit(5)


class MySystemExit(SystemExit):
    pass


def loud_exit():
    raise MySystemExit("custom")


class Runner(threading.Thread):
    def run(self):
        raise RuntimeError("from run()")


for target in (boom, nested, chained, quiet_exit, loud_exit):
    t = threading.Thread(target=target)
    t.start()
    t.join()
    print(t.name, "finished, alive:", t.is_alive())

t = threading.Thread(target=boom, name="named")
t.start()
t.join()
r = Runner()
r.start()
r.join()
print(r.name, "done")


def args_error(a):
    pass


t = threading.Thread(target=args_error, args=(1, 2))
t.start()
t.join()
print("main still running")
print(threading.excepthook is threading.__excepthook__)
