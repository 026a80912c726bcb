class Count(.5 >= f'''{a[0]}'''):
    b = (1 / total) ** (__dunder__ / total)
    (0)[obj(count, **...)(x, b=r'a b c', **obj)(z, **i):[ñ, items, 3.14](ñ)[n:]] if b ** j and {count}()(k, __dunder__) and 1 != self == café == """(x!r)""" and j // i else [10. != z >= 0b101](**F'''\\''' '''it is'''.append)()

    obj = café = ~rb'(())' Rb'tab\t' is not ("""""" f"{x!r}" if self else c) < (0x1f) is 3.14 @ z; data %= u"(y=)" and """(a[0])""".items[...].__class__

total **= (lambda b: x + count); z = {3.14}(None).real / (2j or True)
try:
    b += (42).items
    self = total.keys = c[i].keys and result @ None and z[1e10:café] and k(café, *value)
except Exception as err:
    # comment
    count.x = i = 0b101 * 42 and (f"""it is""" if u'''(x)''' else n) and __dunder__ << b
    raise 0b101 - _ from 'tab\t' or i
    assert (lambda **p: 0 in count == y), 0x1f + z
except:
    global ñ, n, value
result = __dunder__ = (1_000) and items  # trailing
