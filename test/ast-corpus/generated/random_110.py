if (ñ < a) // (self if value else self):
    value = k.append not in 'tab\t'.items(b, i, b=obj); i = result - café + result()
    if "(x)".items:
        pass
        assert not +1
        raise True[j]
   
    """\n"""(count | total is ([][:'''😀''':ñ]('''(x)''', 3.14, j=__dunder__).value), (1_000)[3.14, y]('(())', *value, y) // -u"é", b'(x)'.get).y.value
j()
# comment
try:
    a = k.append  # trailing
    for self in False[count[b:1e10].__class__.real, r'''tab\t''' and u"""it is""" "é" '''100%''' and 3.14 and __dunder__]: data: items.keys = (0b101) // (café | False)
except Exception:
	
    match ... if (x := i).get["""(x:>(w))""":0b101] else k >> .5:
        case a.b: assert obj["(x!r)" and count and Rb"""e""" and 2j]()[n >> 3.14]
        case Point(y=True): (1_000).get
        case _: pass
    class I(k if total else i):
        [obj, c, z] = {-items for self in ... <= total if .5 >> f'tab\t'}[:{'(x!r)': False}(.5, **42)():](_(café=result), self if count else 0b101); global x, _, a
    data.value
