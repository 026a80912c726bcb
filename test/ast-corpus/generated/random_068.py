n: ñ(result) = (~0, __dunder__.name, z // b"\\", f'a b c' r'(a[0])' ** b)
ñ.real = None if not k else not value; assert True
café.x = u"(x)"
try:
    y if +None ^ True(k=k, i=42).items else value
finally:
    # type: ignore
    i: 0x1f & z = (lambda b=(1e10 ^ y), p=items ^ j, t=items or result: x(items))
    # é 😀
    (__dunder__ if count else y) % (result if b else i) * ~(b'''100%''' or 2j)
    data: not y = café[i, a] >> count[data:n][b:](_, *café, count=0b101)
z = "é" """""" F"""text"""
ñ: (1) = not '(y=)'
if items < i is y < _ if +0x1f else i << data:
    assert (lambda e, t: j or 3.14 or ñ), (u'😀'[result])
    __dunder__ = (y, 2j, x)().append.y and (3.14)(r'é', y).append
    y.get = (self or j or 1_000 or data) or +c or obj << obj or (n if ñ else 0)
elif (1e10)():
    nonlocal café, value, y
    import os.path as p
    i: count(a, **__dunder__)().y
else:
    items &= (0b101).x(n=n > n <= 1 > None)
    # é 😀
    [](*('''100%''' | a <= k ^ True), obj={{rb'''(x)''' for y in total if r'100%' if obj for value in x}(): (3.14 + self)}, y=__dunder__(z=0b101 and u"""a b c""" and y and "(x:>(w))", **__dunder__ >> b)[("""(x)""" % café)].real)
    # comment
    b = total = b'(x!r)'(not a, i(), not 1e10)(result.y, *rb"""(a[0])""", value[total]).y
value = -(... is i in 1e10)
for count in {True | False: Rb"(a[0])" > i == 0b101}.real:
    __dunder__ = x[i] = (value := x)(value, **j)()(total=c) << result(data, self=..., x=j)(data, count)
    pass; count = (n >> rb"(())") ** (data ^ u'''😀''' u'''text''' f'it is')
@(.5)
@items.__class__
def café(t, s={2j, _, x}, **a):
    global c, obj, y
    ñ = count = (yield); return (yield count) * [a, 'tab\t', self], n()
    del count[(10.)], __dunder__.name  # trailing
