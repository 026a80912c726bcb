# Divide and conquer with threads: a merge sort that sorts each half in a new thread down to a
# depth limit, a parallel sum over chunks, and a matrix product computed one row per thread.
import random
import threading

rng = random.Random(2024)
data = [rng.randint(-1000, 1000) for _ in range(300)]
spawned = []
spawn_lock = threading.Lock()


def merge(left, right):
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


def merge_sort(seq, depth):
    if len(seq) <= 1:
        return list(seq)
    mid = len(seq) // 2
    if depth <= 0:
        return merge(merge_sort(seq[:mid], 0), merge_sort(seq[mid:], 0))
    halves = [None, None]

    def sort_half(k, part):
        halves[k] = merge_sort(part, depth - 1)

    workers = [threading.Thread(target=sort_half, args=(0, seq[:mid])),
               threading.Thread(target=sort_half, args=(1, seq[mid:]))]
    with spawn_lock:
        spawned.append(depth)
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return merge(halves[0], halves[1])


result = merge_sort(data, 3)
print("sorted correctly:", result == sorted(data))
print("first 8:", result[:8])
print("last 8:", result[-8:])
print("thread pairs spawned per depth:", sorted(spawned, reverse=True))
print("threads alive now:", threading.active_count())

# parallel sum of squares over chunks
chunk_sums = {}


def sum_squares(k, chunk):
    chunk_sums[k] = sum(x * x for x in chunk)


size = 40
threads = [threading.Thread(target=sum_squares, args=(k, data[i:i + size]))
           for k, i in enumerate(range(0, len(data), size))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("chunks:", len(chunk_sums), "sum of squares:", sum(chunk_sums.values()), sum(x * x for x in data))

# matrix product, one row per thread
A = [[rng.randint(0, 9) for _ in range(4)] for _ in range(5)]
B = [[rng.randint(0, 9) for _ in range(3)] for _ in range(4)]
C = [None] * len(A)


def row_times(i):
    C[i] = [sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))]


rows = [threading.Thread(target=row_times, args=(i,), name=f"row-{i}") for i in range(len(A))]
for r in rows:
    r.start()
for r in rows:
    r.join()
for a_row, c_row in zip(A, C):
    print(f"{str(a_row):14} -> {c_row}")
check = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print("matches the serial product:", C == check)
