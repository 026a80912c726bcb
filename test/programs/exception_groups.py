eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
print(eg, repr(eg.exceptions[0]), type(BaseExceptionGroup("x", [ValueError()])).__name__)
m, r = eg.split(ValueError)
print(m, r, m.exceptions, eg.subgroup(lambda e: isinstance(e, KeyError)))
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
def f():
    raise eg
f()
