# _thread's functions and constants, with CPython's argument errors.
import _thread


def show(f, *args, **kwargs):
    try:
        print("  ->", repr(f(*args, **kwargs)))
    except BaseException as e:
        print("  ->", type(e).__name__, e)


print(_thread.TIMEOUT_MAX, type(_thread.TIMEOUT_MAX).__name__)
print(_thread.error is RuntimeError)
print(_thread.LockType, _thread.RLock, type(_thread.allocate_lock()))
print(_thread.LockType.__module__, _thread.LockType.__name__)
print(isinstance(_thread.get_ident(), int), _thread.get_ident() > 0)
print(isinstance(_thread.get_native_id(), int), _thread.get_native_id() > 0)
print(_thread.get_ident() == _thread.get_ident())
print("count", _thread._count())
print("stack_size", _thread.stack_size())
for v in (-1, 100, 32768, 0, 2 ** 70, "x"):
    print("stack_size", v)
    show(_thread.stack_size, v)
print("start_new_thread errors")
show(_thread.start_new_thread, 1)
show(_thread.start_new_thread)
show(_thread.start_new_thread, 1, ())
show(_thread.start_new_thread, lambda: 0, [1])
show(_thread.start_new_thread, lambda: 0, (), [])
show(_thread.start_new_thread, lambda: 0, (), None)
show(_thread.start_new_thread, lambda: 0, (), {}, 1)
show(_thread.start_new_thread, lambda: 0, (), kwargs={})
print("interrupt_main errors")
for v in (0, 65, -1, "x"):
    show(_thread.interrupt_main, v)
print("interrupt_main(SIGTERM) does nothing")
show(_thread.interrupt_main, 15)
print("no-argument functions")
show(_thread.allocate_lock, 1)
show(_thread.get_ident, 1)
try:
    _thread.exit()
except SystemExit as e:
    print("exit raises SystemExit", e.args)
show(_thread.LockType)
print(_thread.allocate is not None, _thread.start_new is not None, _thread.exit_thread is not None)
