def f():
    pass
if True:
    break
