# settrace/setprofile/gettrace/getprofile, stack_size, TIMEOUT_MAX, get_ident/get_native_id.
import threading
import _thread

print(threading.gettrace(), threading.getprofile())


def tracer(frame, event, arg):
    return None


threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())

print(threading.stack_size())
print(threading.stack_size(0))
for bad in (1, -1):
    try:
        threading.stack_size(bad)
    except ValueError as e:
        print("stack_size(%d) ->" % bad, e)
print(threading.stack_size is _thread.stack_size)
print(threading.TIMEOUT_MAX, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
print(threading.get_ident is _thread.get_ident, threading.get_native_id is _thread.get_native_id)
print(threading.Lock is _thread.allocate_lock)
print(threading.ThreadError.__name__)
print(type(threading.get_ident()).__name__, threading.get_ident() > 0, threading.get_native_id() > 0)
