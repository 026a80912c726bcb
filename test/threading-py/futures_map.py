# Executor.map: order, several iterables, exceptions at iteration, timeout, chunksize.
import concurrent.futures as cf
import threading
import time


def process_data(data):
    return data * 2


if __name__ == "__main__":
    data_list = [1, 2, 3, 4, 5]
    with cf.ThreadPoolExecutor(max_workers=2) as executor:
        results = executor.map(process_data, data_list)
    for result in results:
        print("Processed data:", result)

with cf.ThreadPoolExecutor(3) as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 0])))
    print(list(ex.map(pow, [2, 3, 4], [1, 2])))       # shortest iterable wins
    print(list(ex.map(str, [])))
    print(list(ex.map(process_data, range(10), chunksize=4)))
    print(type(ex.map(str, [1])).__name__)


def slow_then_value(x):
    time.sleep(0.02 * (5 - x))          # later items finish first
    return x


with cf.ThreadPoolExecutor(5) as ex:
    print("order kept:", list(ex.map(slow_then_value, range(5))))


def maybe_fail(x):
    if x == 2:
        raise ValueError("bad item %d" % x)
    return x


with cf.ThreadPoolExecutor(2) as ex:
    it = ex.map(maybe_fail, range(5))
    got = []
    try:
        for v in it:
            got.append(v)
    except ValueError as e:
        print("map raised after", got, "->", e)

# timeout counts from the map() call
block = threading.Event()
ran = []
with cf.ThreadPoolExecutor(1) as ex:
    ex.submit(block.wait)
    it = ex.map(ran.append, [1, 2, 3], timeout=0.05)
    try:
        next(it)
    except cf.TimeoutError as e:
        print("map timeout:", type(e).__name__)
    it.close()
    block.set()
print("cancelled calls did not run:", ran)

# map() submits everything at once, before the first next()
started = []
with cf.ThreadPoolExecutor(2) as ex:
    it = ex.map(started.append, range(4))
print("all ran without iterating:", sorted(started))
