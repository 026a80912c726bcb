_ = (not (lambda c, **b: .5))
(lambda c: obj >> ñ) + ((lambda d, *, b: 0b101) | ~0)
value = n[data].keys < y > (r"""\n""" if __dunder__ else y)
(not r"""100%""" not in ... == '(x)' u"(x:>(w))") ** (not +result)
