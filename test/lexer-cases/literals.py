n = [0, 00, 0_0, 7, 1_000, 0x1F, 0X_ff, 0o17, 0O_7, 0b101, 0B_1, 12345678901234567890]
f = [1.0, 1., .5, 1e10, 1E-5, 1.5e+3, 1_0.0_1e1_0, 09.5, 0e0, 00.5]
c = [1j, 1J, 1.5j, 1e3j, .5j, 0j, 09j]
s = ['a', "b", '''c''', """d""", r'\d', R"\d", b'x', B"x", br'x', Rb'x', bR'x', rB"x", u'x', U"x"]
fs = [f'{x}', F"{y!r}", fr'{z}\d', Rf'{a}', rF"{b:>10}", f'''{
c}''', f"{'nested'}"]
t = 'it\'s' "say \"hi\"" '\\' "a\
b"
m = """multi
line ' " '' ""
string"""
e = 1 .real
g = 1.5.real
h = 1if x else 2
k = x[1:-1]
l = ~-+1
