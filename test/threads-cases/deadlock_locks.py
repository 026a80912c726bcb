import threading
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        ev.wait()
        with b:
            pass
def two():
    with b:
        ev.set()
        with a:
            pass
ev = threading.Event()
t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start(); t2.start()
t1.join()
print("never")
