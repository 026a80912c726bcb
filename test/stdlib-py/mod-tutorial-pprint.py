# pprint: pretty printing nested data (API responses, configs) with width/depth/sort_dicts
import pprint

users = [
    {"id": 1, "name": "Leanne Graham", "username": "Bret", "email": "Sincere@april.biz",
     "address": {"street": "Kulas Light", "suite": "Apt. 556", "city": "Gwenborough",
                 "zipcode": "92998-3874", "geo": {"lat": "-37.3159", "lng": "81.1496"}},
     "tags": ["admin", "editor", "viewer"], "active": True, "score": 97.5},
    {"id": 2, "name": "Ervin Howell", "username": "Antonette", "email": "Shanna@melissa.tv",
     "address": {"street": "Victor Plains", "suite": "Suite 879", "city": "Wisokyburgh",
                 "zipcode": "90566-7771", "geo": {"lat": "-43.9509", "lng": "-34.4618"}},
     "tags": [], "active": False, "score": None},
]
pprint.pprint(users)
pprint.pprint(users, width=120)
pprint.pprint(users, depth=2)
pprint.pprint(users[0], sort_dicts=False)
pprint.pprint(users[0], compact=True, width=60)
pprint.pprint(users[1]["address"], indent=4)
print(pprint.pformat(list(range(40))))
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.pformat({"k" * 30: ["v" * 30, "w" * 30]}, width=50))
long_text = {"text": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore"}
pprint.pprint(long_text)
pprint.pprint(long_text, width=40)
nested = [1, [2, [3, [4, [5, [6]]]]]]
pprint.pprint(nested, depth=3)
print(pprint.pformat(nested, depth=1))
pprint.pprint({"tuple": (1, 2, 3) * 10, "set": set(range(25)), "frozenset": frozenset("ab")})
pprint.pprint(tuple(range(30)), width=30)
pprint.pprint({i: str(i) * i for i in range(12)})
data = {"b": 1, "a": 2, "c": {"z": 1, "y": 2}}
pprint.pp(data)
pprint.pp(data, sort_dicts=True)
print(pprint.saferepr(data), pprint.isreadable(data), pprint.isrecursive(data))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).replace(str(id(rec)), "ID"))
print(pprint.isrecursive(rec), pprint.saferepr(rec).replace(str(id(rec)), "ID"))
pp = pprint.PrettyPrinter(indent=2, width=40, depth=3)
pp.pprint(users[0]["address"])
print(pp.pformat([[1, 2], [3, 4]]))
pprint.pprint("a" * 100, width=40)
pprint.pprint(b"bytes" * 20, width=40)
pprint.pprint([("key%d" % i, i * 1.5) for i in range(8)], width=50)
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict((str(i), i) for i in range(10)), width=40)
pprint.pprint(defaultdict(list, {"a": list(range(20))}), width=40)
pprint.pprint(Counter("abracadabra" * 3), width=30)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint({}, width=1); pprint.pprint([]); pprint.pprint(())
