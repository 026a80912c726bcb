   
(lambda a, s, e, /: not value) ** ((self | items) * (.5)[F'é'])
__dunder__ = not 1_000 != ñ != F''
with (c := F'''😀''' ** ...)[:0o7 ** obj:x[::n].name.y] as value:
 __dunder__ += (lambda: data & '(x!r)')
	
count = '''a b c'''
while u"text":
 obj = k[False ** obj:]()[(0b101).append[self]:x if j else _]
