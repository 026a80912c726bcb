for src in ['1 +', '(1', 'x = = 2', 'def f(:', '1 +\n', 'x = 1', 'import os', '1, 2', '  3 * 4\n\n', '*a', 'yield 1', '[x for x in (1, 2)]', 'a if b else', '1 2', 'f(**)', 'x := 1', '(x := 5)', '\t7', '']:
    for fn in (eval, exec):
        try:
            r = fn(src)
            print(fn.__name__, repr(src), "->", r)
        except SyntaxError as e:
            print(fn.__name__, repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        except Exception as e:
            print(fn.__name__, repr(src), type(e).__name__, e)
print(eval("1 +\\\n 2"), eval(" 5"), eval(compile("2*3", "<s>", "eval")))
