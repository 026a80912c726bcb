import mypkg
from mypkg import helper
from mypkg.sub import deep
import mypkg.sub.deep as dd
print(mypkg.NAME, helper.shout("hi"), deep.VALUE, dd is deep)
print(mypkg.sub.deep.VALUE, __name__)
import time
t0 = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - t0 >= 0.009)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
from mypkg.helper import shout as s2
print(s2("x"))
