# Python 3.11's limit on int <-> decimal str conversion: sys.get/set_int_max_str_digits, str/repr/format/print of huge ints
import sys
print(sys.get_int_max_str_digits())
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
x = 2 ** 20000
print(len(hex(x)), x.bit_length())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
print(sys.int_info)
sys.set_int_max_str_digits(4300)
big = 7 ** 6000
for f in [lambda: str(big), lambda: repr(big), lambda: f"{big}", lambda: "%d" % big, lambda: "{}".format(big), lambda: format(big, ","), lambda: print(big), lambda: [big], lambda: int("9" * 4301), lambda: int("9" * 4300) > 0, lambda: len(hex(big)), lambda: int("f" * 5000, 16) > 0, lambda: str(-big), lambda: big // 7 ** 5990]:
    try:
        r = f()
        print("ok", r if not isinstance(r, str) or len(r) < 80 else len(r))
    except ValueError as e:
        print("ValueError:", str(e)[:60])
import math
try:
    print(math.factorial(2000))
except ValueError as e:
    print("factorial:", e)
print(len(str(math.factorial(1000))))
# print writes the pieces before a failing str()
class Bad:
    def __str__(self):
        raise RuntimeError("no str")
try:
    print("a", 1, Bad(), "z")
except RuntimeError as e:
    print("|", e)
try:
    print(Bad())
except RuntimeError as e:
    print("|", e)
print("x", "y", sep="--", end="!\n")
