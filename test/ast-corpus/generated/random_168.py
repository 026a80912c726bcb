b = count = (+(j and f"a b c" u"""text""" and Rb""":)"""))
a = (+rb"100%".__class__)
if ~True.append:
    value = z = True()[1_000 and u"\\" and k:items(ñ, *i)]
    with ((0b101) as c, total, (-obj) ** (n, 2j)(..., *y)[0b101, total][z], {a, j, j}.keys[self].append + (True if z else c) as x):
        obj = not ((0x1f) == ñ in i == 1e10)
else: x().__class__
	
try:
    try:
        _ %= (items & u'''(x)''') << data % data
        café[café - items] = not (10.)[None]
        x %= '''(x)'''[z if b':)' else total]
    except: ((1)(count, j=r"""""", **obj).items.items or ñ % __dunder__ or '(x:>(w))') not in (i == 2j > self) + k(obj)() > "(x!r)" '' ** r"""\\""" * [__dunder__, value, *value](x).keys is +(j <= k in ...)
    finally:
        import os
    b = False(x, c=__dunder__) // total[c:(1e10):][...]

    while "(())".__class__.get[(value := y)()::(0x1f)[result:]()[..., 1]]:
        k = b'\\'[rb'''it is''' rb'(x)' b"""100%""":data in n > k]((42)(z, **items)(result, "text", self=b).real, total * ñ)
except (ValueError, TypeError):
    match i:
        case a.B(y={'k': -1}, z=((-1) as p)): del (ñ, z)
        case []:
            self = z
        case (b'x' | [{}] | {None: True}):
            global data, z
        case _: self = (c and 0o7 and b) < (café if items else data)
except a.b as err:
    data: not value
finally:
    for __dunder__ in (j >= 1_000 in z) | u"(a[0])"(rb'''100%''', total):
        f"""tab\t"""[1_000 // n:(lambda *, q: k)] / count.get("(x:>(w))" & _)
        ñ.get[0 is __dunder__ <= _, n ** 0o7] > (not (.5)[j]) <= ((1e10).append if {.5 for ñ in Rb"a b c" if """(x)""" if total for data in value if 1_000}[2j:café].items else z[:total])
    # comment
    __dunder__ += +x; (value(data=not 3.14 if data <= j is __dunder__ else c & count, **(0o7)([result, ][x](data), i(k, y=data)(__dunder__, data=count)(b, b"""(())""", 42), b=[]()(__dunder__, n, c=__dunder__).items)[_ & 0b101:().get[data:](n, 0b101, a=items):('''''' 'a b c' r'(y=)'(1e10, value)['''(x:>(w))'''])]).y)
    _.items.__class__  # trailing
café = k(_, 2j) & (2j >= 0o7 == __dunder__ is not 1)
try:
    +(ñ ** 0o7 >= café)
    (b, obj) = {result - self, value >= total != b, (0)}[f"\n".keys(), (a for n, z in value for (result, total) in c).real][(10.)(value):items.items]
except Exception:
    pass
except Exception as err:
    *y, z = (42) is not (not k)  # trailing
    _ /= value.items()(1e10) / (total[items])
class Items:
    if (count := (42).items(__dunder__, __dunder__=self).value)(*42 * a):
        items = (0b101 or obj) ** (y + 42)
   
        total.name; value /= None ** i * __dunder__(ñ, **0x1f, **'(())')(a)

        i = (n())
    elif data("\n", b, count=1e10)[c][r"""(x!r)""", a] or 3.14 // 1e10 or (0):
        from m import *
    elif a[10.] or 0b101 < ñ != 1_000 or {}.keys:
        del count, (z, y)
try:
    items = (10. > n in 1) ^ {..., "a b c", .5}(n, *total)(**x)(total, i=c)
except a.b as err:
    -(b'a b c' if 10. else ...) is not __dunder__.__class__
except (ValueError, TypeError):
    j = total[total // ...] = [obj, *count].get != (0)(*a) in café.__class__() >= -y; x = Rb"""e""".__class__ if 1 % result else b / café
    while F'''text'''.name:
        pass
else:
    _ = (result or 1 or x) + (.5 is '''é''')
