def ev(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
for e in ['(1+2j)//2', '(1+2j)%2', 'divmod(1j, 2)', '1j < 2j', 'int(1j)', 'float(1j)', 'abs(3+4j)', 'round(1j)', 'hash(1+2j)', 'hash(complex(1.5, -2))', 'hash(1j)', 'complex("1+2j")', 'complex(" ( 1.5-2.5J ) ")', 'complex("j")', 'complex("-j")', 'complex("1e3+1_0j")', 'complex("inf-nanj")', 'complex("1+")', 'complex("1 + 2j")', 'complex("(1")', 'complex(1, "2")', 'complex("1", 2)', 'complex([])', 'complex(1, [])', 'complex(1j, 1j)', 'complex(real=1, imag=2)', 'complex(imag=2)', '(1+2j).conjugate()', '(1+2j).real', '(1j).imag', '(1+2j)**2', '(1+2j)**0.5', '(1+2j)**-1', '0j**-1', '0j**0', '0j**1j', '(2+3j)/(4-5j)', '1j/0', '(1e308+1e308j)*(1e308+1e308j)', 'complex(1e308,1e308)**2', '(1+2j)**(3+4j)', 'pow(1j, 2, 3)', 'format(1+2j, "")', 'format(1+2j, "10")', 'format(1.5-2j, ".3f")', 'format(1+2j, "e")', 'format(3j, "g")', 'format(1+2j, "=10")', 'format(1+2j, "010")', 'format(1+2j, "%")', 'format(1+2j, "+.2f")', 'format(-0j, "")', 'format(1+0j, ".3")', 'format(1e20+1j, "")', 'format(complex(1.5,2.5), "^20.1f")', 'repr(complex(0.0, -0.0))', 'repr(complex(-0.0, 0.0))', 'repr(-(1+2j))', 'repr(1e300j*1e10)', 'repr(complex(float("nan"), 1))', 'str(1+2j)', '1j == 1j', '1j == 0', '(1+0j) == 1', '(1+0j) == 1.0', '1j != 2', 'bool(0j)', 'bool(1j)', '-(1j)', '+(1j)', '2 - 1j', '2.5 * 1j', '1 / 1j', '1j ** 2', '2 ** 1j', 'complex(True)', 'complex("")', 'complex(2**2000)', '(1+2j).__getnewargs__()', 'type(1j).__name__', "f'{1+2j}'", "f'{1.5+2.25j:.1f}'", "f'{2j:>8}'", "'%s' % (1+1j)", 'sum([1j, 2, 3.5])', '[1j, 2j][1]', '(3+4j).__abs__()', "complex('1.5')", "complex(' 2j ')", "complex('nanj')", "complex('-1.5e-3-2.5e+3j')", '1j * 1j', '(1+1j) ** 3', '(1+1j) ** 101', '(-8) ** (1/3)', '(-1) ** 0.5']:
    ev(e)
import math
print(math.sqrt(2) * 1j, abs(1+1j) == math.sqrt(2))
try:
    math.sqrt(1+2j)
except TypeError as e:
    print(e)
for a, b in [(-2.0, 1.5), (-8, 1/3), (-1, 0.5), (-3.5, 2.25), (-0.5, -0.7)]:
    print(a ** b, pow(a, b))
for z in [1+2j, 1.5-2.25j, 1e20+3j, 0.1+0.2j, -0.0+1j, 2j]:
  for sp in [".0",".1",".3","#.2","10.2","<12.3", "+.4", " .2", ".3n"]:
    print(repr(format(z, sp)), end=" ")
print()
