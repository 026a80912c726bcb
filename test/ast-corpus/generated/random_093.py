
if (.5)():
    ~F'{{}}'[(1).items(c, r"it is")[3.14]:"""(y=)""" @ y:]
elif data.keys[data.append:(lambda p, a=not items, /: z)].x:
    items |= (1)[not _:False << Rb"""(x)""" b"""(())""":({**obj, x: False, **data}()[value].items)]
else:
	
    (0o7 >> i << (total if ñ else 0)) ** -(j / count)
# TODO: x
class J():
    # type: ignore
    x = 'it is' """it is"""[{**F'''{y=}''', self: 0}(*f"""a b c""" u"100%")(3.14, 'a b c' u"""(())""").value].name
    value: -ñ = result or café or data or _ if 0x1f - c else rb"""(x)""".append
    data = (42) not in (1 in total > result)
raise data / z from u"\n"[z]
