with +(not café) as y.get, ~(0 != k is not items == count) as __dunder__:
    ñ = +count != +i
    __dunder__ = 2j >> z in u"(x)" ** obj
    ñ **= (café := 0 and café and self)
# é 😀
not self[~obj:[... for ñ in 0b101 if None](3.14, *value)(1e10):][f'text' / 'a b c' """(())""", obj * j].append; raise j <= a
   
b = not u"""\\""" '''(y=)'''[_]
j: (0b101)[z]

self /= (k or 3.14 or 0x1f,)
