result = a()(items=rb"e") * {i: 0o7, a: __dunder__}.__class__
   
for *total, self, items in (result := +data).name[0b101 or self or result or value][{k: c, u"""(a[0])""": n}, Rb'(())' Rb"tab\t"(i, value=(10.), **j).keys]:
 value >>= (self - k) ** obj
 (0b101)(data @ (z in 0o7)).items.y
 b = ... ** obj + __dunder__.name
with ([x @ b"(x)", y ^ y, (z | i), *café().keys[False]][.5 if .5 else x][F"""{a[0]}"""](*(not i), n | café, data=__dunder__ >> i) as [*x, obj], [] - (__dunder__[...])): [items, self, j] = (not False) >> +b""
(1_000 * total & z.append.keys(), (1e10 & 3.14) // total, café, ('''tab\t''',) <= i)(ñ=+x is not ('é' * 0o7)).append.x
a = Rb''':)'''[10.] + [0, i, 1_000, None](0x1f, obj, __dunder__=f"""😀""" "😀")()
self[1_000 is data] = ((0x1f)[y][False], (__dunder__ if z else j), _ & a, f"{a[0]}" == self <= ñ)(result[:y:](n)(), *(42 in __dunder__), **f'''{{}}'''.x(data=.5, j=i).name)[x != c is not 0b101::result ** b].keys
