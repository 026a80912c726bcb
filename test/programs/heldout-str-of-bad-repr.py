# object.__str__ runs __repr__ unchecked; str(), print, f-strings and %s then report __str__.
class BadRepr:
    def __repr__(self):
        return 42


class Deep:
    def __repr__(self):
        return repr(self)


b = BadRepr()
print(object.__str__(b), type(object.__str__(b)).__name__)
for action in (lambda: str(b), lambda: print(b), lambda: f"{b}", lambda: "%s" % b, lambda: repr(b),
               lambda: [b].__repr__(), lambda: format(b, ""), lambda: "{}".format(b), lambda: str(Deep())):
    try:
        action()
    except (TypeError, RecursionError) as e:
        print(type(e).__name__, e)
print(str(object()).startswith("<object object at 0x"), object.__str__(5), object.__str__("s"), object.__str__(1.5))
