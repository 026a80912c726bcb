_ = a[1e10 ** self, café[items][i].name]
k = (3.14)
# é 😀
with café[_ << r"""text""" """(x!r)""" r'(x)'::self.y], [rb'' << ñ, self ** self], (0o7 is True) & (not 0b101) as items.__class__: ñ = count = [b, rb'''\\''', c, ñ][n, c] if f"{y=}".name else b'''text''' if b else __dunder__
café = data
for count.append in b"\\"[1 ** i]:
	try:
		~(2j ^ r'\\' or 42 | 10. or (café or a or u'''(x!r)''' or x)); raise __dunder__ or total from {items: '''(x:>(w))''', 2j: ñ}
		import a, b.c
	finally: assert ~~i, (lambda b: 1)
not items.value()
lambda t, b: value.get
try:
	assert not (42).real[c](*value, result), []
	if ((~count) ** +ñ):
		count = (obj + items) <= '''😀''' * y
		import a, b.c
		# type: ignore
		~(~0b101 >> ~False)
	elif (c := café or b or a or data).append:
		j = (lambda p, b=2j ** i: j and result and items); lambda e, /, *, p: (j if True else 2j) in value & y
		i = (False - rb"""\n""") ** (ñ ^ result)
		x = not __dunder__ ^ z
except (ValueError, TypeError) as err:
	for _ in ():
		*result, ñ, total = (10.)(total, value, **1)(*obj, x=None) // (1e10 if None else 3.14)
		obj /= ~(i ^ café)
		b = 10. * count > j.get.value
	@None[z, data]
	@value.keys.y
	def total(d, p=n > _ != False, /, **s):
		z **= ().keys
	count -= value[café](k, self, 10.) | ~__dunder__
if -items.y[value]:
	(0o7).real(ñ=(_,).y[...], result=False or data or __dunder__) ** ((lambda q, p=i << False, t=(0x1f)(0x1f, r'(())' f'{x!r}' f'\n')(*r"""""").append: i) >> (2j).y[None](data))
elif {(lambda q, d, *e, p=False: 0x1f) for (ñ, c) in (0x1f)(value)(*j)[count] for n in not count if ~1 if -"""100%"""}[~count:]:
	ñ = (lambda s, e={0b101: 0x1f}().name.name, c=Rb"""it is"""(i), *d, a: True())
