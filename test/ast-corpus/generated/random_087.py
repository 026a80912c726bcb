if ~0 and u'''\\''' is 1_000 >= k not in False and café:
        b = k = (ñ > rb"""(x)""" is not items is total) << {x: 10. for ñ in c for (café, result) in r"(x:>(w))" if 1e10 if k}.get; j -= not (data if b else z)
        -(lambda t={ñ: i, **result}[items, ñ], /, *a, d: not data)
b = ñ.get[-ñ].get
class Count(items and "(x!r)" and items and result, ñ):
        self = z // total if x else i(x, *café, *1_000)
        __dunder__ **= False * ... != c not in (rb"""100%""" rb"100%" b"(x:>(w))", b)[x]
for café in obj:
        x **= +(10.)[k, self](result=10.); ñ[rb'e'.x]
        # TODO: x
        k = '''text'''()(a) != (u'a b c' "text"[:None]) == (1).get(0x1f); import os.path as p
        obj = +(b := a)(total); y = {n, 42}[j] or obj(Rb"it is", data=0)(total, *a) or (0x1f)(data) or x(rb'''text''', f"{x!r}", True)
else:
        [(count if total else b"\n") or total() or obj not in 0b101 is total, (0)](x(**(not value)), *c.keys).y(i=((b"""""" ^ data) << ('''(y=)''' r"""(x)""" == r"""\n""")))

if {y or """it is""" '''a b c''' """😀""" or total or café: x & self, 2j << total: u"é" ** items}.y.append(3.14 >= F"""{x!r}""" not in n is not data, *{b: café, a: _}(F"""tab\t""", k=0o7, **0).append):
        ((value(_, 1_000)(ñ, j, value="""(y=)""")) ** self ** self) ^ x ** i - (10.)(0o7)(*a).name
        (b if count else '(x!r)') % (Rb"(a[0])" or ñ or self or obj) ^ (lambda b, a, e: f"""a b c""" | k)
elif café:
        k = (c <= None is not False) * (lambda *s, t: z)
