# comment
~(3.14)[café < result][(10.)[ñ:b:"""😀""" r'a b c'], result @ total].value
nonlocal self
_ **= r"(x!r)"
