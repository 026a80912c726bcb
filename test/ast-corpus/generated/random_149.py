@Rb'a b c'[:f'a b c':k]
def items(q, **a: result if i else _):
    value.x = (a, n) = '(())' != result in 1 and not data and (3.14)(a, _, b=count).name
False
obj = result = (0).value
