# Classic puzzle solvers from algorithm courses, using itertools, functools, collections, heapq
import itertools
import functools
import collections
import heapq
import math

def n_queens(n):
    return [p for p in itertools.permutations(range(n))
            if len({p[i] + i for i in range(n)}) == n and len({p[i] - i for i in range(n)}) == n]
sols = n_queens(6)
print(len(sols), sols[0])
for row in sols[0]:
    print(" ".join("Q" if c == row else "." for c in range(6)))


@functools.lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
print(edit_distance("kitten", "sitting"), edit_distance("intention", "execution"), edit_distance.cache_info().hits > 0)

maze = ["S.#.....", ".##.###.", "....#...", "#.#...#E"]
def bfs(maze):
    rows, cols = len(maze), len(maze[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "S")
    q = collections.deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if maze[r][c] == "E":
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
print("maze distance", bfs(maze))

def knapsack(items, cap):
    best = (0, ())
    for r in range(len(items) + 1):
        for combo in itertools.combinations(items, r):
            w = sum(i[1] for i in combo)
            v = sum(i[2] for i in combo)
            if w <= cap and v > best[0]:
                best = (v, tuple(i[0] for i in combo))
    return best
print(knapsack([("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)], 200))

def primes():
    composites = {}
    for n in itertools.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(p + n, []).append(p)
print(list(itertools.islice(primes(), 20)))

graph = {"A": [("B", 7), ("C", 9), ("F", 14)], "B": [("A", 7), ("C", 10), ("D", 15)], "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
         "D": [("B", 15), ("C", 11), ("E", 6)], "E": [("D", 6), ("F", 9)], "F": [("A", 14), ("C", 2), ("E", 9)]}
def shortest(start, goal):
    pq = [(0, start, [start])]
    done = set()
    while pq:
        cost, node, path = heapq.heappop(pq)
        if node == goal:
            return cost, path
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            if nxt not in done:
                heapq.heappush(pq, (cost + w, nxt, path + [nxt]))
print(shortest("A", "E"))
def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (n, a, c)
        yield from hanoi(n - 1, b, a, c)
moves = list(hanoi(4))
print(len(moves), moves[:5])
magic = [p for p in itertools.permutations(range(1, 10)) if all(sum(p[i:i + 3]) == 15 for i in (0, 3, 6)) and all(sum(p[i::3]) == 15 for i in range(3)) and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15]
print(len(magic), magic[0])
print(math.comb(52, 5), sum(1 for h in itertools.combinations(range(13), 5)), collections.Counter(a + b for a, b in itertools.product(range(1, 7), repeat=2)).most_common(3))
