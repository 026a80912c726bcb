# The camelCase names still work in 3.11 and warn (DeprecationWarning, shown for __main__).
import threading

t = threading.Thread(name="old")
print(t.getName())
t.setName("renamed")
print(t.name, t.isDaemon())
t.setDaemon(True)
print(t.daemon)
print(threading.currentThread().name)
print(threading.activeCount())
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
print("done")
