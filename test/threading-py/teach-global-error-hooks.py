# Global error handling in a threaded program: sys.excepthook catches what the main thread does
# not, but NOT exceptions in other threads: those go to threading.excepthook. A program that
# wants both logs installs both hooks; the main thread's final uncaught error reaches its
# sys.excepthook (exit status 1).
import sys
import threading

reports = []


def main_hook(exc_type, exc_value, exc_tb):
    frames = []
    tb = exc_tb
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(f"[sys.excepthook] {exc_type.__name__}: {exc_value} (frames: {frames})")
    print("[sys.excepthook] last_type set:", sys.last_type is exc_type)
    print("[sys.excepthook] threads reported before:", reports)


def thread_hook(args):
    reports.append(f"{args.thread.name}: {args.exc_type.__name__}: {args.exc_value}")


def parse_port(text):
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


sys.excepthook = main_hook

# with only sys.excepthook replaced, a thread's error still gets the default report on stderr
t = threading.Thread(target=parse_port, args=("http",), name="config-reader")
t.start()
t.join()
sys.stderr.flush()
print("sys.excepthook did not see it; reports:", reports)

threading.excepthook = thread_hook
for i, text in enumerate(["8080", "70000", "x", "443"]):
    t = threading.Thread(target=parse_port, args=(text,), name=f"parser-{i}")
    t.start()
    t.join()
print("thread reports:", len(reports))
for r in reports:
    print("  ", r)

# a hook restored to the default prints again
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=parse_port, args=("-1",), name="last-parser")
t.start()
t.join()
sys.stderr.flush()
print("sys.__excepthook__ is the original:", sys.__excepthook__ is not main_hook)


def start_server(config):
    return parse_port(config["port"])


print("starting server", flush=True)
start_server({"port": "99999"})
print("not reached")
