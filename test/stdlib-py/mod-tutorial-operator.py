# operator: itemgetter/attrgetter/methodcaller for sorting records, plus the function forms
import operator
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple
from functools import reduce

rows = [{"fname": "Brian", "lname": "Jones", "uid": 1003}, {"fname": "David", "lname": "Beazley", "uid": 1002},
        {"fname": "John", "lname": "Cleese", "uid": 1001}, {"fname": "Big", "lname": "Jones", "uid": 1004}]
print(sorted(rows, key=itemgetter("uid")))
print(sorted(rows, key=itemgetter("lname", "fname")))
print(min(rows, key=itemgetter("uid"))["fname"], itemgetter(1)("abc"), itemgetter(0, -1)("abc"), itemgetter(slice(1, 3))("abcd"))
print(repr(itemgetter("uid")), repr(itemgetter(1, 2)), repr(attrgetter("x")), repr(attrgetter("a.b", "c")))
print(repr(methodcaller("split", ",", maxsplit=1)), repr(methodcaller("upper")))
User = namedtuple("User", "name age address")
Address = namedtuple("Address", "city zip")
users = [User("ann", 31, Address("Oslo", "0150")), User("bob", 25, Address("Bergen", "5003")), User("cy", 31, Address("Alta", "9510"))]
print([u.name for u in sorted(users, key=attrgetter("age", "name"))])
print([u.name for u in sorted(users, key=attrgetter("address.city"))], attrgetter("address.zip", "name")(users[0]))
print(list(map(methodcaller("strip", "xy"), ["xxhiy", "yyo"])), methodcaller("replace", "a", "o")("banana"))
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.pow(2, 8), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.not_(0), operator.truth([]), operator.inv(5), operator.invert(0))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.ge(3, 2), operator.gt(1, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(32, 2), operator.concat([1], [2]))
print(operator.contains([1, 2], 2), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"), operator.is_(None, None), operator.is_not(1, None))
lst = [1, 2, 3]
operator.setitem(lst, 0, 10); operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.length_hint(iter(range(5))), operator.index(7))
x = [1]
x = operator.iadd(x, [2]); print(x, operator.iconcat([0], [1]), operator.imul([0], 3))
print(reduce(operator.mul, range(1, 6)), reduce(operator.or_, [{1}, {2}, {3}]), sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(list(map(operator.itemgetter(0), [(1, "a"), (2, "b")])), dict(map(reversed, {"a": 1}.items())))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 ^"))
class Vec:
    def __init__(self, *c):
        self.c = c
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))
print(operator.matmul(Vec(1, 2), Vec(3, 4)), operator.attrgetter("c")(Vec(5)))
try:
    itemgetter("missing")({})
except KeyError as e:
    print("KeyError:", e)
try:
    attrgetter("nope")(1)
except AttributeError as e:
    print("AttributeError:", e)
print(operator.call(len, "abc") if hasattr(operator, "call") else 3, operator.__name__, sorted("bCa", key=str.lower))
inventory = [("apple", 3), ("banana", 2), ("pear", 5), ("orange", 1)]
getcount = itemgetter(1)
print(list(map(getcount, inventory)), sorted(inventory, key=getcount), max(inventory, key=getcount))
for obj in [iter(range(5)), iter([1,2]), iter((1,2,3)), iter("ab"), iter({1:2}), iter({1,2}), reversed([1,2,3]), map(str, [1]), zip([1],[2]), enumerate([1,2]), reversed(range(4)), iter({1:2}.values()), iter({1:2}.items())]:
    print(type(obj).__name__, operator.length_hint(obj), hasattr(obj, "__length_hint__"))
it = iter(range(5)); next(it); print(operator.length_hint(it))
print(operator.length_hint([], 7), operator.length_hint(object(), 3))
