   
(10.) and +True ** obj
# type: ignore
	
raise j | 0x1f
n = café()(*data(data, 3.14, _=_)); ([2j, 1_000, *i]()(c, z=0o7)[total] in (ñ and a and b and total) is not (self if """\n""" else x) is (lambda *b, d: 1e10)) @ []()
