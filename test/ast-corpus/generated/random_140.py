total[(lambda s, t, b: ñ)] = count.x = (42)()
if -j not in result()(j, **n) is -'''(y=)''' r"""100%""" "(y=)" is value(*0b101, *count):
        _ = ~a or c.items
elif F"{y=}".get >> ~items:
        # comment
        try:
                import os
        except (ValueError, TypeError):
                result: {n for total, y in .5}(café, c, **f"{{}}")[i].append
                (c and F"""\n""" and value * -__dunder__ and {value: 1, **n, **result}(2j) << obj)
        except a.b as err:
                ñ = {**obj // 10.}((lambda: value), count).items

        match f"""😀""":
                case (Point([]) | ((-1) as q)): from ..m import (a, b as c)
                case _:
                        total = +y[count]
        @f'''a b c'''(*total)[:café:ñ]
        def j(c, q: b and items and result and items) -> f"""\n""" @ y:
   
                ().y  # trailing
                obj = data ** 0b101 | a >> i  # trailing
                # comment
                not (0 - 10.) % False ** count
else:
   
        nonlocal value
        # é 😀
        import a, b.c
a = (z := False >> z)[self and result and c]
