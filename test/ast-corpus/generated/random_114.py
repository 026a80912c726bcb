(42)
total[-1e10] = r'(x)'().append or {value: rb'e' for café in 0o7 if _ if obj}(0b101, self, value)(0, total, _)(ñ, **obj) or obj + '(x:>(w))' or (lambda e=not j, p=None / count, /: n)
global __dunder__, n
self = +_
@(2j)[Rb"(x:>(w))"]
@{ñ, total, __dunder__}(count)(f"""a b c""", count, café=data)[1_000:ñ:]
def n(a, /, **c: y) -> b:
        self = +total or z // 0b101 or (... if a else f'{x:>{w}}') or ((0o7)(*0o7, *10., 2j))
        def j(e, s=items @ Rb'''(x:>(w))''', c=value * Rb"""tab\t""") -> b'(())' >> _:
                # TODO: x
                ñ = self(None & x).x(.5 if a else f"é", *(None is i))
        pass

j = a
with (not +count) as [value, _, total]:
        for n in value * data ** None:
                count = (0o7)(0b101, count, count=total) or (.5).y() or ñ + rb'''(x!r)''' or self[x:i:0o7]
                value *= value.value
                café[-items] = __dunder__ = b''''''.value @ (not b"tab\t")
        j = _.name[items] ^ rb"""a b c""" b'''''' Rb"" * value
del y
