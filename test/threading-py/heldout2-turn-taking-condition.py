import threading
turn = threading.Condition()
current = 0
N = 3
def speaker(i, words):
    global current
    for w in words:
        with turn:
            turn.wait_for(lambda: current % N == i)
            print(f"[{threading.current_thread().name}] {w}")
            current += 1
            turn.notify_all()
parts = [["The", "fox", "the"], ["quick", "jumps", "lazy"], ["brown", "over", "dog"]]
ts = [threading.Thread(target=speaker, args=(i, p), name=f"T{i}") for i, p in enumerate(parts)]
for t in ts: t.start()
for t in ts: t.join()
