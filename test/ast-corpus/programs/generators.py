def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return "liftoff"


def chain(*iterables):
    for it in iterables:
        result = yield from it
        if result is not None:
            print("sub-generator returned", result)


def take(n, iterable):
    it = iter(iterable)
    return [next(it) for _ in range(n)]


def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def pipeline(lines):
    stripped = (line.strip() for line in lines)
    nonempty = (line for line in stripped if line and not line.startswith("#"))
    pairs = (line.split("=", 1) for line in nonempty)
    return {key.strip(): value.strip() for key, value in pairs}


gen = countdown(5)
print(next(gen), gen.send(10), next(gen))
print(list(chain(countdown(3), "ab", range(2))))
avg = running_average()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
print(pipeline(["# config", "name = pygil", "", "threads=4"]))
print(take(3, (x ** 2 for x in range(10))))
