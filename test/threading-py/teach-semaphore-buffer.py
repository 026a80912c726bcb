# The textbook bounded buffer with three semaphores (empty slots, full slots, mutex), as taught
# in operating-systems courses, with several producers and consumers; then a token ring where
# each thread passes a token to the next through per-thread semaphores; and Monte Carlo pi
# with one seeded random generator per thread.
import random
import threading

SIZE = 4
buffer = [None] * SIZE
in_pos = out_pos = 0
empty = threading.Semaphore(SIZE)
full = threading.Semaphore(0)
mutex = threading.Lock()
consumed = []


def produce(pid, n):
    global in_pos
    for i in range(n):
        empty.acquire()
        with mutex:
            buffer[in_pos] = (pid, i)
            in_pos = (in_pos + 1) % SIZE
        full.release()


def consume(n):
    global out_pos
    for _ in range(n):
        full.acquire()
        with mutex:
            item = buffer[out_pos]
            buffer[out_pos] = None
            out_pos = (out_pos + 1) % SIZE
            consumed.append(item)  # inside the mutex: the record follows the buffer's order
        empty.release()


producers = [threading.Thread(target=produce, args=(p, 12)) for p in range(3)]
consumers = [threading.Thread(target=consume, args=(9,)) for _ in range(4)]
for t in consumers + producers:
    t.start()
for t in producers + consumers:
    t.join()
print("consumed:", len(consumed), "| distinct:", len(set(consumed)))
print("per producer:", [sum(1 for p, _ in consumed if p == k) for k in range(3)])
print("per producer in order:", all([i for p, i in consumed if p == k] == list(range(12)) for k in range(3)))
print("buffer empty:", buffer == [None] * SIZE, "| positions:", in_pos, out_pos)
print("empty slots back to", SIZE, ":", [empty.acquire(blocking=False) for _ in range(SIZE + 1)])

# token ring: thread k waits on its semaphore, appends, passes to k+1
N, ROUNDS = 5, 3
turns = [threading.Semaphore(0) for _ in range(N)]
ring = []


def ring_member(k):
    for r in range(ROUNDS):
        turns[k].acquire()
        ring.append(f"{r}.{k}")
        turns[(k + 1) % N].release()


members = [threading.Thread(target=ring_member, args=(k,)) for k in range(N)]
for m in members:
    m.start()
turns[0].release()
for m in members:
    m.join()
print("ring:", " ".join(ring))
print("token back at 0:", turns[0].acquire(blocking=False))

# Monte Carlo pi: each thread has its own seeded generator, so the total is reproducible
hits = [0] * 4


def sample(k, n):
    rng = random.Random(1000 + k)
    inside = 0
    for _ in range(n):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    hits[k] = inside


ts = [threading.Thread(target=sample, args=(k, 5000)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("hits per thread:", hits)
print("pi estimate:", 4 * sum(hits) / 20000)
