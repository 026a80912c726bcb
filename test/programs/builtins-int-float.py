def ev(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
for e in ["(255).to_bytes(2, 'big')", "(255).to_bytes(2, 'little')", "(-1).to_bytes(2, 'big', signed=True)", "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(0).to_bytes()", "(1).to_bytes(byteorder='little', length=3)",
          "(128).to_bytes(1, 'big', signed=True)", "(-129).to_bytes(1, 'big', signed=True)", "(2**64).to_bytes(9, 'big')", "(1).to_bytes(1, 'middle')", "(1).to_bytes(-1)", "(1).to_bytes(1, 'big', True)",
          "int.from_bytes(b'\\x00\\xff', 'big')", "int.from_bytes(b'\\xff\\x00', 'little')", "int.from_bytes(b'\\xff', 'big', signed=True)", "int.from_bytes([1, 2], 'big')", "int.from_bytes(b'')", "int.from_bytes(b'\\x01\\x00')",
          "int.from_bytes(bytearray(b'\\x80'), signed=True)", "int.from_bytes(b'\\x01' * 20, 'little')", "int.from_bytes('ab', 'big')", "int.from_bytes(b'\\x01', 'x')", "bool.from_bytes(b'\\x01')",
          "(10).bit_length()", "(-10).bit_length()", "(0).bit_length()", "(2**100).bit_length()", "(255).bit_count()", "(-255).bit_count()", "(6).as_integer_ratio()", "(-6).as_integer_ratio()", "(5).conjugate()",
          "(5).real", "(5).imag", "(5).numerator", "(5).denominator", "True.real", "(5).is_integer()", "int('42')", "int(' -42_000 ')", "int('0x1f', 16)", "int('0x1f', 0)", "int('1f', 16)", "int('z', 36)", "int('0b101', 0)",
          "int('0o17', 0)", "int('017', 0)", "int('12', 3)", "int('9', 8)", "int('', 10)", "int('1.5')", "int(1.9)", "int(-1.9)", "int('١٢٣')", "int(True)", "int(b'42')", "int('42', base=37)", "int('42', 1)",
          "int(3.0e20)", "int(float('inf'))", "int(float('nan'))", "int([1])", "int(None)", "int('0_1')", "int('1__0')", "int('_1')", "int(x='5')", "int('10', base=2)",
          "float('1.5')", "float(' -1e3 ')", "float('inf')", "float('-Infinity')", "float('nan')", "float('1_000.5')", "float('abc')", "float('')", "float(10**400)", "float('1e400')", "float(True)", "float([])",
          "(1.5).is_integer()", "(2.0).is_integer()", "(float('inf')).is_integer()", "(0.1).hex()", "(1.0).hex()", "(-0.0).hex()", "float.fromhex('0x1.999999999999ap-4')", "float.fromhex('inf')", "float.fromhex('0x1p1024')", "float.fromhex('zz')",
          "(0.5).as_integer_ratio()", "(0.1).as_integer_ratio()", "(float('inf')).as_integer_ratio()", "(float('nan')).as_integer_ratio()", "(1.5).conjugate()", "(1.5).real", "(1.5).imag",
          "round(2.5)", "round(3.5)", "round(-2.5)", "round(0.125, 2)", "round(0.375, 2)", "round(2.675, 2)", "round(1234.5, -2)", "round(1250, -2)", "round(1350, -2)", "round(-1250, -2)", "round(5, 2)",
          "round(1.5, None)", "round(float('inf'))", "round(float('nan'))", "round(float('inf'), 2)", "round('x')", "round(1.5, 'x')", "round(1e300, 2)", "round(123.456, -1)", "round(0.5)", "round(-0.5)", "round(-0.0, 1)",
          "divmod(-7, 2)", "divmod(7, -2)", "divmod(-7.5, 2)", "divmod(7, 0.0)", "pow(2, 10)", "pow(2, -1)", "pow(2, 10, 1000)", "pow(3, -1, 7)", "pow(2, -1, 4)", "pow(2, 3, 0)", "pow(2.0, 3, 5)", "pow(0, 0)", "pow(0.0, -1)", "pow(-8, 1/3)",
          "pow(base=2, exp=3)", "pow(2, 3, mod=5)", "abs(-5)", "abs(-5.5)", "abs(True)", "abs('x')", "abs(-2**70)", "bin(10)", "bin(-10)", "oct(8)", "hex(255)", "hex(-255)", "hex(2**70)", "bin(1.5)", "hex('a')",
          "7 // 2", "-7 // 2", "7 % -2", "7.5 // 2", "-7.5 % 2", "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "2 ** -2", "(-2) ** 0.5", "0 ** -1", "10 ** 20", "2 ** 0.5", "1e308 * 10", "2.0 ** 10000",
          "1 << 100", "1 << -1", "-1 >> 100", "~5", "5 & 3", "5 | 3", "5 ^ 3", "-5 & 0xff", "True + True", "True & False", "True | 2", "1 == 1.0", "2**53 + 1 == 2.0**53", "2**53 + 1 > 2.0**53", "1 < 'a'",
          "int.__name__", "(1).__class__", "0.1 + 0.2", "1e16", "1e-5", "123456789.123456789", "1/3", "-0.0", "float('-nan')", "2.5e-324", "1.7976931348623157e308", "5e-324 / 2",
          "hash(1.5)", "hash(-1)", "hash(2**61 - 1)", "hash(2**61)", "hash(-2**61)", "hash(1e300)", "hash(float('inf'))", "hash(0.1)", "hash(True)", "hash(-0.0)"]:
    ev(e)
import sys
print(sys.maxsize)
x = 10**30
print(x, x * x, -x // 7, x % 7, divmod(x, 10**15), x >> 10, x.bit_length(), str(x)[:5], f"{x:,}", f"{x:e}", float(x), x / 3)
