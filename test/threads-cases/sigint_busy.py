# Ctrl-C while the main thread computes and two other threads compute too.
import threading

stop = False


def spin():
    while not stop:
        pass


threads = [threading.Thread(target=spin) for _ in range(2)]
for t in threads:
    t.start()
try:
    print("computing", flush=True)
    n = 0
    while True:
        n += 1
except KeyboardInterrupt:
    print("KeyboardInterrupt while computing", flush=True)
stop = True
for t in threads:
    t.join()
print("done")
