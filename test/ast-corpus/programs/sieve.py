def sieve(limit):
    """Primes below limit by the sieve of Eratosthenes."""
    if limit < 2:
        return []
    is_prime = [True] * limit
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            is_prime[n * n::n] = [False] * len(range(n * n, limit, n))
    return [i for i, p in enumerate(is_prime) if p]


def segmented(limit, segment=1 << 10):
    base = sieve(int(limit ** 0.5) + 1)
    low = 0
    while low < limit:
        high = min(low + segment, limit)
        marks = bytearray(b"\x01") * (high - low)
        for p in base:
            start = max(p * p, (low + p - 1) // p * p)
            for multiple in range(start, high, p):
                marks[multiple - low] = 0
        yield from (low + i for i, m in enumerate(marks) if m and low + i >= 2)
        low = high


assert sieve(30) == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
assert list(segmented(100)) == sieve(100)
print(len(sieve(100_000)), sum(segmented(10_000)))
