if x
    pass
