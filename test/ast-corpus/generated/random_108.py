café = ()
match i.get:
        case x:
                if (42 / data if data == value else '''text''' '''😀''' u'a b c'(*z).y):
                        self.name = ~(b if total else self)
                else:
                        self = z = (b'(())' >= result not in __dunder__) - result
                x -= j.x
                for x in ''(1e10, _=café)(data, y=c, **z) and -0o7:
                        a.real = [].__class__
        case {}: result = k @ (b >> n)
        case _:
                class Value: a: (c[__dunder__:value]) = (count or b) | ()()(*café, F"\\", _=y)
match +1e10 == Rb"""(x)""" + i:
        case 1.5:
                try:
                        self = value.keys; _, café, count = (total := not .5)(c, k or n or j or j)
                        assert (lambda e, /: items) + (j >> j)
                        global j, ñ, j
                finally:
                        value -= (lambda e=0x1f << k, q=Rb"(x!r)" >> i: '(())'())
                i = (_ or 0x1f or ñ or café) ** (not 3.14)
        case _:
                for __dunder__ in False(ñ, data=..., z=a)[i, z] | (y not in k):
                        value = total, _, self = (lambda s=[b"(y=)", 'it is', *y]: [Rb''].append()())
                else:
                        i: self % self
                        count = F''
                        a /= (+Rb'''(x)''')
total //= _(z(), z=(lambda q=café - count: 0))
self(y.__class__)
for a in u"tab\t".get().keys:
        total().keys
class A(j(b, obj=0b101, **j), Rb'\n'()):
        items = data[(3.14)[y]:not self:][:]
        __dunder__[z.__class__:self.y[_][x]][ñ((0), '''tab\t''', **count)][_ | 1_000] or __dunder__(café % b"", **b'''\n''')()
for café in (items if n else F'😀') > F'' F"100%" "é" << z:
        x @= [(1_000), 0x1f](y)[42, self][:2j:0o7] @ (café >> None)
for n in obj(*(not b"""(())"""), [](0b101, total=café)()(café, 0o7, _=self))[data.items[10.][1, obj]]("\\" F'''{x:>{w}}''' if 42 else 10., count * items):
        while (data and f'a b c' r'(a[0])' f'''😀''' and 3.14 and café, x ** items, ...(1, i, **0))(0 >= '''text''' in "(y=)", r"a b c".__class__, **[(.5), y, n][1_000]):
                try:
                        ().value
                except a.b:
                        n.x = result = obj
                except Exception as err:
                        __dunder__.y = (1)()()
                finally:
                        total = r"(())" F'text'[u'it is' if c else total]
                data[x ^ count] = (result - Rb'''it is''') ** x.value
                # é 😀
   
                while (1e10):
                        a[a @ total] = not a / obj; items = -data // b'(())'.x(value)(obj=1e10)
                        # TODO: x
                        raise i // items from (0o7)(*obj, *None, True)
