# Future used directly: state changes, InvalidStateError, callbacks, cancel rules, repr.
import concurrent.futures as cf


def state(f):
    return repr(f).split(" state=")[1][:-1]


f = cf.Future()
print(state(f), f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(("first", fut is f, fut.result())))
f.add_done_callback(lambda fut: calls.append(("second", fut.done())))
print(f.set_running_or_notify_cancel(), state(f), f.running())
print("cancel running:", f.cancel())
f.set_result([1, 2])
print(state(f), f.result(), f.exception(), calls)
f.add_done_callback(lambda fut: calls.append("added after: called at once"))
print(calls[-1])
for label, call in [("set_result again", lambda: f.set_result(3)),
                    ("set_exception after result", lambda: f.set_exception(ValueError()))]:
    try:
        call()
    except cf.InvalidStateError as e:
        print(label, "->", type(e).__name__, e)
print("cancel finished:", f.cancel())

e = cf.Future()
e.set_exception(KeyError("k"))
print(state(e), repr(e.exception()), e.done())
try:
    e.result()
except KeyError as err:
    print("result raised", repr(err), err is e.exception())

c = cf.Future()
print("cancel pending:", c.cancel(), c.cancel(), state(c), c.cancelled(), c.done())
for label, call in [("result", c.result), ("exception", c.exception),
                    ("set_result", lambda: c.set_result(1))]:
    try:
        call()
    except (cf.CancelledError, cf.InvalidStateError) as err:
        print(label, "->", type(err).__name__, repr(str(err)).replace(hex(id(c)), "ADDR"))
print("set_running on cancelled:", c.set_running_or_notify_cancel(), state(c))

cb = cf.Future()
cb.add_done_callback(lambda fut: print("callback on cancel:", fut.cancelled()))
cb.cancel()

# a set_result without set_running is allowed
p = cf.Future()
p.set_result("direct")
print(p.result())

# exceptions in callbacks are logged and the others still run
def bad_callback(fut):
    raise RuntimeError("callback failed")


b = cf.Future()
b.add_done_callback(bad_callback)
b.add_done_callback(lambda fut: print("next callback still runs"))
b.set_result(5)
b.add_done_callback(bad_callback)
print("after logging")

# timeouts on a pending future
w = cf.Future()
for label, call in [("result", lambda: w.result(timeout=0.01)), ("exception", lambda: w.exception(0))]:
    try:
        call()
    except cf.TimeoutError as err:
        print(label, "timeout ->", type(err).__name__)
print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.InvalidStateError, cf._base.Error))
print(cf.CancelledError.__module__, cf.InvalidStateError.__module__, cf.BrokenExecutor.__mro__[1].__name__)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(sorted(cf.__all__))
print(cf.Future[int] is not None)
