# A bank-queue simulation (discrete events with heapq), dice and card statistics with random,
# and a summary with statistics and collections - seeded, so the output is fixed
import heapq
import random
import statistics
from collections import Counter, deque, defaultdict
from dataclasses import dataclass, field
from itertools import count, product

random.seed(2024)

@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    customer: int = field(compare=False)

def simulate(tellers=2, customers=30, mean_arrival=1.0, mean_service=1.8):
    seq = count()
    events = []
    t = 0.0
    for c in range(customers):
        t += random.expovariate(1 / mean_arrival)
        heapq.heappush(events, Event(round(t, 4), next(seq), "arrive", c))
    free = tellers
    line = deque()
    arrived = {}
    waits = []
    log = []
    while events:
        ev = heapq.heappop(events)
        if ev.kind == "arrive":
            arrived[ev.customer] = ev.time
            line.append(ev.customer)
        else:
            free += 1
        while free and line:
            c = line.popleft()
            free -= 1
            waits.append(ev.time - arrived[c])
            service = random.gauss(mean_service, 0.4)
            heapq.heappush(events, Event(round(ev.time + max(service, 0.2), 4), next(seq), "leave", c))
        log.append((ev.time, ev.kind, len(line)))
    return waits, log

waits, log = simulate()
print(len(waits), round(statistics.mean(waits), 4), round(statistics.median(waits), 4), round(max(waits), 4))
print(log[:6])
print(Counter(kind for _, kind, _ in log), max(q for _, _, q in log))
for tellers in (1, 2, 3):
    random.seed(7)
    w, _ = simulate(tellers=tellers)
    print(tellers, f"{statistics.fmean(w):.3f}", f"{statistics.pstdev(w):.3f}", sum(1 for x in w if x == 0))

random.seed(1)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(3600)]
freq = Counter(rolls)
exact = Counter(a + b for a, b in product(range(1, 7), repeat=2))
for total in range(2, 13):
    print(f"{total:2d} {freq[total]:4d} {freq[total] / 3600:.3f} {exact[total] / 36:.3f} {'#' * (freq[total] // 20)}")
print(statistics.mean(rolls), statistics.mode(rolls), round(statistics.stdev(rolls), 4))

suits = "♠♥♦♣"
ranks = "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
random.seed(99)
hands = [random.sample(deck, 5) for _ in range(2000)]
def kind(hand):
    counts = sorted(Counter(c[0] for c in hand).values(), reverse=True)
    flush = len({c[1] for c in hand}) == 1
    if flush:
        return "flush"
    return {(4, 1): "four", (3, 2): "full house", (3, 1, 1): "three", (2, 2, 1): "two pair", (2, 1, 1, 1): "pair"}.get(tuple(counts), "high card")
print(sorted(Counter(kind(h) for h in hands).items(), key=lambda kv: -kv[1]))
random.shuffle(deck)
print(deck[:8], random.choice(deck), random.choices(suits, weights=[1, 2, 3, 4], k=6))
walks = defaultdict(int)
random.seed(5)
for _ in range(500):
    pos = 0
    for _ in range(20):
        pos += random.choice((-1, 1))
    walks[pos] += 1
print(sorted(walks.items()))
print(round(random.triangular(1, 10, 3), 6), round(random.betavariate(2, 3), 6), random.getrandbits(12), random.randrange(0, 100, 7))
