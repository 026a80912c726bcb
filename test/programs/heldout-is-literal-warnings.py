# "is" with a literal warns only for constants after folding (-1, 1+1, (1, None)); never for
# list/dict/set displays or f-strings, which a beginner's `if items is []:` uses.
x = 1
def f():
    return [x is [], x is {}, x is {1}, x is [1], x is f"", [] is x, x is ..., x is (x,),
            x is -1,
            x is 1 + 1,
            x is (),
            x is (1, None),
            x is not "a",
            x is not -True,
            x is None, x is not True]
print(f())
