count += data + rb'''e''' if (result := 2j) else result ** c
count = café((0x1f).keys[Rb"(())", k], c=None)
try:
	import os
finally:
	if (k or 42 or self or 0) % (-café):
		y = False()
		class CCDunderCC:
			# é 😀
			nonlocal café, c, self
			self = z // z(1_000, j, result=data)
	elif ((total := y or c or (42) or k).__class__):
		assert b'''(y=)'''["""it is"""][10. < i]()
		# comment
		for b.keys in ....append: ~_
		with (((42)(([i, 1e10, ][x].__class__[:2j:self]), (data and x and items), **count + True).keys) as _, (i := not 1) as b.real, [+a]()(n in ñ is Rb'\n', *(0b101)(__dunder__, café, **1e10), **n)(0x1f // "" """tab\t""" """😀""") as x[(0o7 for (value, self) in ... if 2j for count, c in ... if 0o7)(1e10, obj=count)[i][f"100%", 0]]):
			value = """tab\t"""(0o7 + _, self if total else value, j).x[:(0b101).value.__class__:-3.14]
			raise a.x[:x:b'(())']
	elif c ** 0o7 ^ u"(x:>(w))"():
		self = a.__class__().value
	# TODO: x
	(3.14)(**j ** value) ** ({x for (y, x) in c for __dunder__, result in .5 if obj}[__dunder__::z] > (café is not items < k is not y) >= data.value)
y: b.items
	
i = [z ** _ for obj in ~value]((k := 0x1f)(42, F"{a[0]}", obj))
z = -(not 10.)
if ñ / ñ // (i ** 42): pass
elif (k := 1 in z >= k is not data)[n // F'' '''100%''' u'\n', F"""100%""" "(x!r)" | __dunder__]: value = self.y
elif (1).value[value:...:rb'''e'''](items, _, b=...) <= café[total](self):
	café = self.append; global value
	
	for self.items in self[::a](...).keys if 1 <= x <= 1e10 else (.5) - self:
		@a[total][F"""\\"""]
		def self(e=rb'''e''' != """(x)""" '''(x:>(w))''' in 42 < a, a=(__dunder__ % True), p=+0b101):
			not (value := 3.14).real + (lambda q, b, e, **a: n)
			i = (x + j) @ (y or data)
			_[not None()(obj, 1e10)]
		result &= __dunder__ // rb"text" not in ...["""""", items]
else:
	data = +x or ~ñ or (_ if 3.14 else items) or True * count
del self
