def popcount(x: int) -> int:
    count = 0
    while x:
        x &= x - 1
        count += 1
    return count


def is_power_of_two(x):
    return x > 0 and not x & (x - 1)


def reverse_bits(x, width=32):
    result = 0
    for _ in range(width):
        result = (result << 1) | (x & 1)
        x >>= 1
    return result


def gray(n):
    return n ^ (n >> 1)


def subsets(items):
    n = len(items)
    for mask in range(1 << n):
        yield [items[i] for i in range(n) if mask >> i & 1]


MASK32 = 0xFFFF_FFFF
flags = 0b0000
READ, WRITE, EXEC = 1 << 0, 1 << 1, 1 << 2
flags |= READ | EXEC
flags &= ~EXEC
flags ^= WRITE
print(popcount(0b1011_0110), is_power_of_two(1024), hex(reverse_bits(1)), [gray(i) for i in range(8)])
print(f"{flags:04b}", bool(flags & WRITE), -1 & MASK32, ~0, 1 << 100, (1 << 64) - 1 >> 60)
print(list(subsets("abc")), 0o17 | 0x10, 7 // 2, -7 // 2, -7 % 3, divmod(-7, 2), 2 ** -1)
