# queue.Empty is named _queue.Empty in reports, queue.Full is queue.Full.
import queue
import threading


def get_from_empty():
    queue.Queue().get_nowait()


def put_to_full():
    q = queue.Queue(1)
    q.put(1)
    q.put(2, block=False)


for target in (get_from_empty, put_to_full):
    t = threading.Thread(target=target)
    t.start()
    t.join()
print(repr(queue.Empty), repr(queue.Full))
queue.SimpleQueue().get(timeout=0.01)
