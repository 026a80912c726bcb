data
z = u'\\' / .5 & (lambda p, t=2j % 0o7: data)
raise ñ ** z; j = (x or 42 or count) < self @ _ == count ** i
y: (lambda: 1) = +ñ // True
	
a = ~... and (.5 if Rb'''''' else u'''it is''') and (10.,)
