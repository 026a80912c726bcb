import contextlib
import os
import tempfile
import time


class Timer:
    def __init__(self, label="block"):
        self.label = label

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        print(f"{self.label}: {self.elapsed * 1000:.1f} ms", "(raised)" if exc_type else "")
        return exc_type is KeyError


@contextlib.contextmanager
def working_directory(path):
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(previous)


@contextlib.contextmanager
def suppress_and_log(*exceptions):
    try:
        yield
    except exceptions as e:
        print("suppressed", type(e).__name__, e)


with Timer("sum") as t:
    total = sum(range(100_000))
with Timer("lookup"):
    {}["missing"]
with tempfile.TemporaryDirectory() as tmp, working_directory(tmp) as cwd:
    with open("notes.txt", "w") as fh, open("copy.txt", "w") as fh2:
        fh.write("hello\n")
        fh2.write("copy\n")
    print(sorted(os.listdir(cwd)))
with suppress_and_log(ZeroDivisionError, ValueError):
    1 / 0
with contextlib.ExitStack() as stack:
    files = [stack.enter_context(Timer(f"t{i}")) for i in range(2)]
print(total, len(files))
