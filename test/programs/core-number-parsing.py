# Numeric text conversions: unicode digits, int/float/complex parsing errors, rounding, big ints, float dunders.
print(int("٣"), int("１２"), float("１.５"), int("\u0661\u0662", 16) if False else "", "٣".isdigit(), "٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
try: int("²")
except ValueError as e: print(e)
print(round(1234.5678, -2), round(1250.0, -2), round(1350, -2), round(-0.5), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(1e20, -5), round(5, 1), type(round(5.0, None)))
print(float("0x1p3") if False else "", float.fromhex("-0x1.fp-2"), (3.0).hex(), (1e-320).hex(), float("1e-400"), float("  -inF  "), float("nAn"), float("infinity"))
for s in ["1e", "e1", "1..0", "--1", "0x10", "1_000.5", "1__0.5", "_1", "1_"]:
    try: print(s, float(s))
    except ValueError as e: print(e)
for s in ["0b", "0o8", "0x_1f", "0x1_f", "1 2", "+-1", "٣٣", " +7 ", "-0b101"]:
    for base in (0, 10):
        try: print(repr(s), base, int(s, base))
        except ValueError as e: print(e)
print(int("-0b101", 0), int("0o17", 0), int("0X1F", 0), int("z", 36), int("Z", 36), int("10", 2), int(" 1_0 "))
try: int("010", 0)
except ValueError as e: print(e)
print(int(0.99999), int(-0.5), int(1e18), int(2**63 - 0.5) if False else "", int("9" * 30), -(2**100) // 3, (2**100) % -7, pow(10, 30, 7), abs(-2**70))
print(str(2**64), repr(-2**64), f"{2**64:x}", f"{2**64:,}", hex(-2**64), (2**64).bit_length(), (2**64).to_bytes(9, "big"), int.from_bytes(b"\xff" * 9, "big", signed=True))
print(1.0.__repr__(), (1e16).__str__(), (-1.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (7.0).__divmod__(2), (-7.0).__mod__(3), 7.0 // -2, -0.0 == 0.0, str(-0.0 + 0.0))
import math
print(math.floor(-0.0), math.copysign(0.0, -1), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.isfinite(1e308 * 10), math.ulp(1.0))
print(complex("1e3+2.5j"), complex(" (1-2j) "), complex("j"), complex("-j"), repr(complex(0, -0.0)), repr(-0j), 1j * 1j, (1+2j) / (3-4j), abs(-3j), (0j) ** 0, complex(1.5), complex("inf+nanj"))
try: complex("1+2i")
except ValueError as e: print(e)
try: (1 + 1j) // 2
except TypeError as e: print(e)
try: 0j ** -1
except ZeroDivisionError as e: print(e)
try: (1j) < (2j)
except TypeError as e: print(e)
print(True / 2, True // 2, True ** 10, False - True, divmod(True, 2), int.__bool__(0) if hasattr(int, "__bool__") else "", bool.__and__(True, 1), True & 1, True | False, type(True & False), type(True & 1))
print(sum([1e100, 1.0, -1e100]), sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0, sum(range(10**6)), sum([1, 2], start=10), max(1, 2.0), max(2.0, 2), min(-0.0, 0.0), min(0.0, -0.0))
