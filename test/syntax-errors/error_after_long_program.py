import threading


def worker(n):
    total = 0
    for i in range(n):
        total += i
    return total


threads = []
for i in range(4):
    t = threading.Thread(target=worker, args=(i,))
    threads.append(t)
    t.start()

for t in threads
    t.join()
