# The package surface of concurrent.futures: __all__, what dir() lists, where the classes live
# and what their reprs and exception names say; DoneAndNotDoneFutures as a named pair.
import concurrent.futures as cf
import concurrent.futures._base as base
import concurrent.futures.thread as thread

print(cf.__all__)
print([name for name in dir(cf) if name != "__author__"])
print(cf.ThreadPoolExecutor is thread.ThreadPoolExecutor, cf.Future is base.Future)
print(cf.InvalidStateError, cf.CancelledError, cf.TimeoutError is TimeoutError)
print(thread.BrokenThreadPool.__mro__)
print(issubclass(cf.BrokenExecutor, RuntimeError), cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.Future[int], base.PENDING, base.FINISHED, base.CANCELLED_AND_NOTIFIED)
try:
    cf.NoSuchThing
except AttributeError as e:
    print("AttributeError:", e)

f = cf.Future()
f.set_result(3)
result = cf.wait([f])
print(type(result).__name__, result.done == {f}, result.not_done, result[1], len(result))
print(isinstance(result, tuple), result._fields)
try:
    cf.wait([cf.Future()], timeout=0, return_when="SOMETIMES")
except ValueError as e:
    print("ValueError:", e)
print(cf.wait([f], return_when="SOMETIMES").not_done)
