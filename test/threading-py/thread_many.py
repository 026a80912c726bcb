# Many threads: names, results through a lock, all joined.
import threading

results = []
lock = threading.Lock()


def work(i):
    total = 0
    for k in range(i * 100):
        total += k
    with lock:
        results.append((i, total))


threads = [threading.Thread(target=work, args=(i,)) for i in range(40)]
print(threads[0].name, threads[-1].name)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), sorted(results)[:3], sorted(results)[-1])
print(threading.active_count(), all(not t.is_alive() for t in threads))

# threads starting threads
tree = []


def spawn(depth, label):
    with lock:
        tree.append(label)
    if depth == 0:
        return
    kids = [threading.Thread(target=spawn, args=(depth - 1, label + str(k))) for k in range(2)]
    for kid in kids:
        kid.start()
    for kid in kids:
        kid.join()


spawn(3, "r")
print(len(tree), sorted(tree)[:4])
