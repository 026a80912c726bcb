f = lambda: 0
f = lambda x: x
f = lambda x, y=1: x + y
f = lambda *args, **kwargs: (args, kwargs)
f = lambda x, /, y, *, z: 0
f = lambda *, a, b=2: a
f = lambda x=lambda: 1: x()
f = lambda: (yield)
f = lambda: lambda: lambda: 0
f = lambda x: x if x else -x
f = (lambda: 1)()
f = lambda a, b,: 0
