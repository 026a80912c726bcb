z = {}[c + 1_000].real[y and 1_000::b"e"(a, y, data=y)]  # trailing
# comment
obj = F'''100%'''
with r"""text"""[_].append(__dunder__, '(x:>(w))' r"\n", total=i) << (j if F'''text''' "(a[0])" else """100%"""), items as data.name:
	count.y | (count == obj < __dunder__, z % café).value.y[f'{y=}' F'''100%'''(.5)]  # trailing
with j(b'''(y=)''', x, total=b).y[z] ^ (lambda a=k, c=+b'(())', q='(())' % b, /: data), -'''(a[0])''' f"{x}" r'tab\t'(b, 3.14).real(_, k=z) as a:
   
	y = not y * 0x1f
	a = not (items and Rb"""(y=)""")
	assert (value if self else 10.) / (_ and _), 1 + Rb''''''
global z, count, café  # trailing
ñ = (lambda q=items or 0 or __dunder__ or Rb":)": items.real(y))
assert (total <= z >= Rb'''(y=)''' not in total) - """(())""" "é" // 1e10, obj if café else 0o7
def result(d: ...(0b101, *z, j=42), s=data, **a):
	"""\n""" r'''é'''[(42)[c()()()].items, ((*"(x)".items, (42), _ and y and self and f'{{}}').get.name(n if '''(a[0])''' else data, result % i))](*-"it is" % -self, (_ := z) ** (z, x, "\n")('''(a[0])''', total=b, count=2j), x=(data % result) ** (rb'(x:>(w))' % ...))
try:
	items @= j(); [j, café] = c(count // obj).append
	a.get = items = (~café @ False)
	raise
except Exception:
	result -= (10.)
