def f(lambda):
    return lambda
