# A thread started with _thread directly shows up as a _DummyThread named "Dummy-N"; the name
# counter is shared with Thread-N.
import threading
import _thread

print(threading.Thread().name)
done = threading.Event()
info = []


def raw():
    me = threading.current_thread()
    info.append((me.name, type(me).__name__, me.daemon, me.is_alive(),
                 me.ident == _thread.get_ident(), me in threading.enumerate(),
                 threading.current_thread() is me))
    try:
        me.join()
    except AssertionError as e:
        info.append("join -> " + str(e))
    done.set()


_thread.start_new_thread(raw, ())
done.wait()
print(info)
print(threading.Thread().name)
print("started with kwargs:")
got = threading.Event()
_thread.start_new_thread(lambda a, b=0: (print("raw thread got", a, b), got.set()), (1,), {"b": 2})
got.wait()
for bad in [(1, ()), (print, []), (print, (), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print(e)
