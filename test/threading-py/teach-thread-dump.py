# Debugging a stuck program: dump what every thread is doing with sys._current_frames() and
# traceback.extract_stack(), keeping only this file's frames (the library's own frames differ
# between Python versions). Workers are parked at known places while the dump is taken.
import sys
import threading
import traceback

THIS_FILE = __file__
release = threading.Event()
parked = threading.Barrier(4)
cond = threading.Condition()


def fetch_orders():
    wait_for_database()


def wait_for_database():
    parked.wait()
    release.wait()


def render_report(pages):
    if pages:
        return render_report(pages - 1)
    parked.wait()
    release.wait()


def idle_loop():
    parked.wait()
    with cond:
        cond.wait_for(release.is_set)


threads = [
    threading.Thread(target=fetch_orders, name="orders"),
    threading.Thread(target=render_report, args=(2,), name="report"),
    threading.Thread(target=idle_loop, name="idle"),
]
for t in threads:
    t.start()
parked.wait()  # all three are about to block in release.wait()


def own_frames(frame):
    return [f"{fs.name}:{fs.lineno}" for fs in traceback.extract_stack(frame) if fs.filename == THIS_FILE]


def dump():
    frames = sys._current_frames()
    names = {t.ident: t.name for t in threading.enumerate()}
    print(f"{len(frames)} threads:")
    for ident in sorted(frames, key=lambda i: names.get(i, "?")):
        print(f"  {names.get(ident, '?'):10}", " -> ".join(own_frames(frames[ident])))


# the workers may still be on their way from the barrier into their waits: look until each
# stack ends at its waiting line (found in this file's source)
with open(THIS_FILE) as src:
    lines = src.read().splitlines()
wait_lines = {i + 1 for i, line in enumerate(lines) if line.strip() in ("release.wait()", "cond.wait_for(release.is_set)")}
while True:
    frames = sys._current_frames()
    tails = []
    for t in threads:
        own = own_frames(frames[t.ident]) if t.ident in frames else []
        tails.append(int(own[-1].split(":")[1]) if own else None)
    if all(line in wait_lines for line in tails):
        break
dump()
print("main thread frame is this module:", sys._current_frames()[threading.get_ident()].f_code.co_name)
print("my own stack:", own_frames(sys._getframe()))
release.set()
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("after release:", sorted(threading.enumerate()[i].name for i in range(threading.active_count())))
print("frames now:", len(sys._current_frames()))
