# An uncaught CancelledError prints its module path.
import concurrent.futures as cf

f = cf.Future()
f.cancel()
print("cancelled:", f.cancelled())
f.result()
