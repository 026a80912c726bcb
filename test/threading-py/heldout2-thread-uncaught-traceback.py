import threading

def parse(s):
    return int(s)

def worker(items):
    for it in items:
        print("parsed", parse(it))

t = threading.Thread(target=worker, args=(["1", "2", "x3"],))
t.start()
t.join()
print("joined")
