# copyreg: the dispatch table, reconstructors, _slotnames and the extension registry.
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return Point, (p.x, p.y)


copyreg.pickle(Point, reduce_point)
print(copyreg.dispatch_table[Point] is reduce_point, copyreg.dispatch_table[complex](3 + 4j))
for bad in [lambda: copyreg.pickle(Point, 5), lambda: copyreg.constructor(5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


class Slotted:
    __slots__ = ('a', '__b', '__dict__')


class Sub(Slotted):
    __slots__ = 'c'


print(copyreg._slotnames(Sub), Sub.__slotnames__, copyreg._slotnames(Point))
obj = copyreg.__newobj__(Point.__new__.__self__ if False else Point) if False else None
p = copyreg._reconstructor(Point, object, None)
print(type(p).__name__, p.__dict__)


class MyList(list):
    pass


ml = copyreg._reconstructor(MyList, list, [1, 2])
print(type(ml).__name__, ml)
print(type(copyreg.__newobj__(MyList)).__name__, copyreg.__newobj_ex__(MyList, ([3],), {}))

copyreg.add_extension('mod', 'name', 240)
copyreg.add_extension('mod', 'name', 240)
print(copyreg._extension_registry, copyreg._inverted_registry)
for bad in [lambda: copyreg.add_extension('mod', 'other', 240), lambda: copyreg.add_extension('mod', 'name', 241),
            lambda: copyreg.add_extension('m', 'n', 0), lambda: copyreg.remove_extension('mod', 'name', 1)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
copyreg.remove_extension('mod', 'name', 240)
copyreg.clear_extension_cache()
print(copyreg._extension_registry, copyreg.__all__)
