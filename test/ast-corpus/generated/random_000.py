(k and 0 and b if self().items.append else obj % café) @ [i or x or 0o7 or items, ~total][(1e10, 0b101, k, n)[count][0x1f, café][::]](~0b101, result if x else value, total=F'tab\t' & 1)  # trailing
items = c = rb"text".keys
not self[café:value] << z ** data

for n.x in ~(__dunder__ - c):
    '(())' <= (F'' and ñ) ** (f"""{x!r}""" r"""é""" == '''(y=)''' "😀")
k = "a b c"[(10.).value[n]]
try:
    count <<= self
    __dunder__.y = (1_000)[c:][result:__dunder__] >= (0 in f'''{{}}''' != rb'(x)')
except* a.b as err:
    k /= (lambda t, q, d=x, /: café) % (self >= y > count in result)
    (n, a, a) = ((lambda *, p, **t: a) - [data, data].y()())
    value = items(b=café.x, **i & total)()
except* E:
    _: [.5, self].keys
    x = 0 ** b >> (x > b)
finally:

    raise
