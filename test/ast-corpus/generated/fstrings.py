name = "world"; width = 10; precision = 4; value = 12.34567; items = [1, 2, 3]
a = f"hello {name}"
b = f"{name!r} {name!s} {name!a}"
c = f"{value:.2f} {value:>{width}} {value:{width}.{precision}}"
d = f"{value:{'>' if width else '<'}{width}}"
e = f"{{literal braces}} {{{name}}}"
g = f"{name=}"
h = f"{name = }"
i = f"{value=:.3f}"
j = f"{name=!r:>20}"
k = f"{ name }"
l = f"{items[0]} {items[-1]} {items[1:2]}"
m = f"{(lambda x: x * 2)(3)}"
n = f"{ {'a': 1}['a'] }"
o = f"{'nested'} {'' if name else 'x'}"
p = f'{name}' f"{width}" "plain" f'''{precision}'''
q = "plain" f"{name}" "more"
r = f"""multi
line {name}
{width:>{precision}}"""
s = rf"raw {name} \n stays"
t = fr'\d+{width}\w'
u = f"{3.14:{'0' if True else ''}>10}"
v = f"{name:}"
w = f"{name!r:}"
x = f"{x:{{}}>10}" if False else None
y = f"{','.join(map(str, items))}"
z = f"{name}{width}{precision}"
aa = f"{'a' 'b'}"
bb = f"{value:%}" f"{value:e}" f"{width:#x}" f"{width:,}" f"{width:_b}"
cc = f"{yield_value}" if False else f"{[x for x in items]}"
dd = f"{name!r}" "suffix" f"{name!s:^{width}}"
ee = F"{name}" + Rf"{name}" + FR"{name}"
ff = f"\N{BULLET} {name} \u00e9 \x41"
gg = f"{chr(10).join(map(str, items))}"
hh = f"{(name := 'walrus')}"
ii = f"{items!r:>{width}}"
jj = f"{*items,}"
kk = f"{value:{width}{'.2f'}}"
ll = f"{3+4}" f"{3 + 4 = }"
mm = f"""{
    name
}"""
nn = f"{name:\u0020>10}" if False else f"{name:{' '}>10}"
oo = f"" f'' f"""""" f''''''
pp = f"{value!r:}" f"{name:{''}}"
