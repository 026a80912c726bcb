def f():
# comment at column 0
    return 1
