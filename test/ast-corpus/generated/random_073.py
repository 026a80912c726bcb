x = (value := x(**z, **u"""(x)""" F'\\')).__class__.x  # trailing
# é 😀
(*(lambda d, a=n < k not in 0b101, s=10. and 1_000: _), i(), {2j, f"""{{}}""", n}(data, k='''a b c''')(42, **result)[value], [].name[b, data])[b ** "(x)"][:value if u"""(y=)""" r"""(x)""" r"""(x)""" else 1:]() and value + 42 + (not ñ)
not (not x) << (1).y[False:0x1f:b]
+count()(self)
