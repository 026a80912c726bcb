# sys.settrace/setprofile remember what was set (pygil calls no trace function: see
# docs/conformance.md); the getters give it back, per thread.
import sys
import threading

print(sys.gettrace(), sys.getprofile())


def tracer(frame, event, arg):
    return None


sys.setprofile(tracer)
print(sys.getprofile() is tracer)
seen = []
t = threading.Thread(target=lambda: seen.append(sys.getprofile()))
t.start()
t.join()
print(seen)
sys.setprofile(None)
print(sys.getprofile())

for call in [lambda: sys.settrace(), lambda: sys.settrace(1, 2), lambda: sys.gettrace(1),
             lambda: sys.setprofile(), lambda: sys.getprofile(None)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
