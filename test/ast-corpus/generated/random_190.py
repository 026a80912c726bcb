c = {b"""\n""" ** obj: result and x and u"", café - _: result ** x}(result or data or y or '''100%''', *(lambda b: ...), _=2j << z)
assert {**result.keys.get, **False.keys}, {rb'''(())''', 42}
n = (2j and x) > i(*c, *0o7, z) != y % 42
   
result = (a if None else i) not in ~0o7 < +1e10 is value @ 0b101
# comment

del ñ.append, items.name
