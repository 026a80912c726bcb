while line = input():
    pass
