"""Why `counter += 1` is not atomic: the bytecode has a separate load, add and store."""
import dis
import threading

counter = 0

def increment():
    global counter
    counter += 1

def show(func):
    for ins in dis.get_instructions(func):
        if ins.opname in ("RESUME", "CACHE", "NOP"):
            continue
        print(f"{ins.opname:<14} {ins.argrepr:<10} line={ins.starts_line}")

show(increment)
names = [i.opname for i in dis.get_instructions(increment)]
print("load before store:", names.index("LOAD_GLOBAL") < names.index("BINARY_OP") < names.index("STORE_GLOBAL"))

def add(a, b):
    total = a + b
    return total

show(add)
print(type(dis.Bytecode(add)).__name__, dis.Bytecode(add).codeobj is add.__code__)
print(callable(dis.dis), callable(dis.disassemble), "Instruction" in dis.__all__)

lock = threading.Lock()
def safe_increment():
    global counter
    for _ in range(10000):
        with lock:
            counter += 1
threads = [threading.Thread(target=safe_increment) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)
