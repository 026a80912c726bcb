import threading
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
def a(): raise Weird()
def b(): raise KeyError()
def c(): raise Exception("multi\nline message")
for f in (a, b, c):
    t = threading.Thread(target=f, name=f.__name__)
    t.start(); t.join()
print("end")
