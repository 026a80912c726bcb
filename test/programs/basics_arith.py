# integers, floats, big ints, division semantics
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1, 10 / 4)
print(2 ** 100, -(2 ** 70) // 3, (2 ** 64) % 1000, 3 * (2 ** 60))
print(1e16, 1.5e-7, 0.1 + 0.2, 1 / 3, -0.0, float("inf"), float("-inf"), 1e300 * 1e10)
print(round(2.5), round(3.5), round(0.125, 2), round(1234.5678, -2), round(7))
print(abs(-3), abs(-2.5), divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(int("42"), int("-0x1f", 16), int(3.99), int(-3.99), float("1.5"), int("0b101", 0))
print(True + True, True * 3, False - 1, 3 == 3.0, hash(1) == hash(1.0) == hash(True))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 40, 2 ** 64 >> 60, -1 >> 3)
print(max(3, 1, 2), min([4, 2, 8]), sum([1, 2, 3]), sum([0.1] * 10), sum(range(101)))
print(bin(10), hex(255), oct(8), chr(65), ord("z"), hex(-255))
print(pow(2, 10, 1000), pow(3, -1, 7), 10 ** 20, 10.0 ** 20)
print(1 < 2 < 3, 1 < 2 > 3, 0 < 0.5 <= 1)
x = 5
x += 3; x *= 2; x -= 1; x //= 3; x **= 2
print(x)
print(float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1), 12345678901234567890 * 98765432109876543210)
print(0.1 * 3, 1.1 * 1.1, 2.675 * 100, 1e22, 1e21, 123456789.0 * 10)
