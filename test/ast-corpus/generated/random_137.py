z()[{(lambda c: result): café(*c) for j, café in j / '''é''' if i or __dunder__}.items, b.__class__.real.get][i.name, 1e10 >> n <= ... << i not in ((1_000)) not in {c: True, u"""é""": x}[c, __dunder__]]
count.name = (lambda c, s: 10.) | F"100%"  # trailing
class C:
        del obj
        ((not data) >> '''\n''' 'it is') / ((.5 | total) % (a >> u"""tab\t""")); assert +k[c](1e10, data, ñ)
