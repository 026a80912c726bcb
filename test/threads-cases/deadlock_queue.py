import threading, queue
q = queue.Queue()
def worker():
    q.get()
t = threading.Thread(target=worker, name="consumer")
t.start()
ev = threading.Event()
ev.wait()
