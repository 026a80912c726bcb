# Producers append, consumers popleft, from several threads without a lock of their own.
import threading, sys
from collections import deque
sys.setswitchinterval(1e-6)
d = deque()
got = []
N = 20000
def produce(base):
    for i in range(N):
        d.append(base + i)
        if i % 3 == 0:
            d.appendleft(-(base + i) - 1)
def consume():
    while True:
        try:
            x = d.popleft() if len(got) % 2 else d.pop()
        except IndexError:
            if done.is_set() and not d:
                return
            continue
        got.append(x)
done = threading.Event()
producers = [threading.Thread(target=produce, args=(k * 10**6,)) for k in range(3)]
consumers = [threading.Thread(target=consume) for _ in range(3)]
for t in producers + consumers: t.start()
for t in producers: t.join()
done.set()
for t in consumers: t.join()
expected = sorted([k * 10**6 + i for k in range(3) for i in range(N)] + [-(k * 10**6 + i) - 1 for k in range(3) for i in range(0, N, 3)])
print(len(got), sorted(got) == expected)
