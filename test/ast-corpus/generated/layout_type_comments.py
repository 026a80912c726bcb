x = []  # type: list[int]
def f(a):
    # type: (int) -> None
    pass
for x in y:  # type: int
    pass
