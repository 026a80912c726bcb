self = +(j == u'''(x)''' "it is")
class N(u"""(x:>(w))""" f'''100%''' | k, [].value.keys):
 x.real
 a = ~True or f"""tab\t""" "\\" ** F"""\n"""
a = rb'''\\'''((Rb'(y=)', 0b101)(self), count=not 42)(ñ(items), i <= data)(*b['''😀''', j])
async def ñ(t: b'(x)' b"(x:>(w))"() = (0o7).x.get, a=c != "\n", e: (42) = count >= 1 is not 0b101, **d): pass
_ %= ~(2j if self else ñ)
data *= (self[count, F"{x:>{w}}" """text"""]) | café * u"""\\"""
if (lambda e, b=n - 42, c=0x1f or self: (0o7,)(i, c, rb'''e''')): +(c[total:](rb"""(x!r)""", 3.14)(_, .5, rb"it is") @ (c != x not in 10. <= k))
elif not count.y:
 b &= (-(... or True or total))
_ = (not a, _.__class__(obj, items))({result, z}, obj=...[result](b=1_000), _=café >> _).y; y = j | .5 or (0o7).real[:][i] or (1).real or (result if n else 2j)
class J(metaclass=café):
 ñ = count.value.keys[data, count] not in 0o7 << items == (r"é" '''tab\t''' u'''a b c'''(1, x=value))
 total ^= (-value) ** ~None
# TODO: x
try:
 j = {0b101, 42}(.5, .5).append[:] / ....name
except* (ValueError, TypeError):
 i = not 1e10 % b  # trailing
 x: [][:] = -ñ % (n or 0b101)
 (-(42).append(total != value, obj=not x))
except* (ValueError, TypeError) as err:
 self.x = x('text'[i], **b'''a b c'''(total, .5, *.5)(i=Rb"""""")(1_000)); raise n // ñ from z[b]
