# current_thread, main_thread, enumerate, active_count, get_ident, get_native_id.
import threading
import _thread

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(repr(main).replace(str(main.ident), "IDENT"))
print(main.ident == threading.get_ident() == _thread.get_ident())
print(type(threading.get_native_id()).__name__, main.native_id == threading.get_native_id())
print(threading.active_count(), [t.name for t in threading.enumerate()])

started = threading.Event()
release = threading.Event()
report = {}


def worker(key):
    me = threading.current_thread()
    report[key] = (me.name, me.ident == threading.get_ident(), me is not main,
                   threading.main_thread() is main)
    started.set()
    release.wait()


threads = []
for key in ("a", "b", "c"):
    started.clear()
    t = threading.Thread(target=worker, args=(key,), name="w-" + key)
    t.start()
    started.wait()
    threads.append(t)

print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads))
print([report[k] for k in sorted(report)])
idents = set(t.ident for t in threads)
print("distinct idents:", len(idents) == 3, main.ident not in idents)
release.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.current_thread().name)
print(sorted(threading.__all__))
