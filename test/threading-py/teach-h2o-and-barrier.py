# Building water molecules (H2O): hydrogen and oxygen threads must group in twos and ones;
# semaphores admit 2 H and 1 O per molecule and a Barrier(3) closes each molecule. Then a
# parallel prefix-sum in rounds uses a Barrier to separate reading and writing.
import threading

MOLECULES = 6
h_slots = threading.Semaphore(2)
o_slots = threading.Semaphore(1)
bonds = []
bond_lock = threading.Lock()
molecule_no = [0]


def molecule_done():
    with bond_lock:
        molecule_no[0] += 1
        for _ in range(2):
            h_slots.release()
        o_slots.release()


barrier = threading.Barrier(3, action=molecule_done)


def atom(kind, slots):
    slots.acquire()
    with bond_lock:
        bonds.append((molecule_no[0], kind))
    barrier.wait()


threads = [threading.Thread(target=atom, args=("H", h_slots)) for _ in range(2 * MOLECULES)]
threads += [threading.Thread(target=atom, args=("O", o_slots)) for _ in range(MOLECULES)]
for t in threads[::2] + threads[1::2]:
    t.start()
for t in threads:
    t.join()
print("molecules:", molecule_no[0])
for m in range(MOLECULES):
    atoms = sorted(k for n, k in bonds if n == m)
    print(f"molecule {m}: {''.join(atoms)}")
print("barrier broken:", barrier.broken)

# Hillis-Steele prefix sums: in each round every thread reads, waits, then writes
data = [3, 1, 4, 1, 5, 9, 2, 6]
n = len(data)
arr = list(data)
rounds = []
step_barrier = threading.Barrier(n, action=lambda: rounds.append(list(arr)))


def prefix_worker(i):
    step = 1
    while step < n:
        value = arr[i] + (arr[i - step] if i >= step else 0)
        step_barrier.wait()  # everyone has read
        arr[i] = value
        step_barrier.wait()  # everyone has written
        step *= 2


ws = [threading.Thread(target=prefix_worker, args=(i,)) for i in range(n)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print("input:   ", data)
print("prefix:  ", arr)
print("expected:", [sum(data[:i + 1]) for i in range(n)])
print("snapshots taken:", len(rounds))
for r in rounds[1::2]:
    print("  after round:", r)
