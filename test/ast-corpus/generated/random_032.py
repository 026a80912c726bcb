i = ... | b and ~"""(x)""" '''(())''' u"tab\t"  # trailing
with """(x:>(w))"""(*{x: value for count, result in b"""\\""" rb"""(y=)""" if F"""\n""" for _ in Rb""}.get(i), value=x[_]), """a b c""" u"""(a[0])""".items:
	b = k = rb'''e''' & i / 3.14
try:
	café = u'\\' >> 0b101 if a - ñ else not c
finally:
	ñ = total[False & 42]  # trailing
assert j(**i * count)
