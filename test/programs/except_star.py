def work():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    work()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", eg.exceptions)
except* KeyError:
    print("keys handled")
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked caught as", type(eg).__name__, eg.exceptions)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("rest:", rest, rest.exceptions)
def again():
    try:
        raise ExceptionGroup("top", [ZeroDivisionError("z"), IndexError("i")])
    except* ZeroDivisionError:
        raise RuntimeError("handler failed")
again()
