if False - c >> [3.14, "tab\t", 1e10]()[Rb'''a b c''':n]:
 k = (.5)[items ^ result][:]
elif ~(c != self):
 u"""100%"""[rb":)".value.name[__dunder__ > Rb"""a b c"""]]

 [x, self] = Rb""[::(lambda t=not b: f"""{x:>{w}}""")]; k = c.__class__
 __dunder__, _, items = ({ñ, ñ, i}(c, count, **f"""text""" """text""" """(x:>(w))""").items[items] >= total in {data, obj}.value().append)
items: obj if a else total; café: -2j = not (None if data else Rb"tab\t")
b = (not True) is not () not in count[::c].name
