# several threads writing and reading files at once; each parks on its own I/O
import os
import threading

os.makedirs('out', exist_ok=True)
errors = []


def worker(n):
    try:
        path = os.path.join('out', f'file{n}.txt')
        with open(path, 'w') as f:
            for i in range(2000):
                f.write(f'{n}:{i}\n')
        with open(path) as f:
            lines = f.readlines()
        assert len(lines) == 2000 and lines[-1] == f'{n}:1999\n', (n, len(lines))
        with open(os.path.join('out', 'shared.log'), 'a') as log:
            log.write(f'worker {n} done\n')
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('errors', errors)
print(sorted(os.listdir('out')))
print(sorted(open('out/shared.log').read().splitlines()))
print(sum(os.path.getsize(os.path.join('out', f)) for f in os.listdir('out') if f.startswith('file')))

# one file object shared by threads (text files aren't thread-safe in CPython: a lock around writes)
lock = threading.Lock()
with open('shared.txt', 'w') as f:
    def writer(tag):
        for i in range(500):
            with lock:
                f.write(f'{tag}-{i}\n')
    ts = [threading.Thread(target=writer, args=(t,)) for t in 'abcd']
    for t in ts:
        t.start()
    for t in ts:
        t.join()
lines = open('shared.txt').read().splitlines()
print(len(lines), sorted(set(l.split('-')[0] for l in lines)), all(len(l.split('-')) == 2 for l in lines))
for tag in 'abcd':
    mine = [int(l.split('-')[1]) for l in lines if l.startswith(tag)]
    print(tag, mine == list(range(500)))
