def risky():
    try:
        raise ValueError("first")
    finally:
        print("cleanup runs")
try:
    risky()
except ValueError as e:
    print("caught", e)
def double():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling") from None
double()
