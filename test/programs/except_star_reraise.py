try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[1]))
try:
    try:
        raise TypeError("naked")
    except* ValueError:
        pass
except TypeError as e:
    print("naked passes through:", repr(e))
