match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | -2.5 | 1j | -1j | 1 + 2j | 1 - 2j | -1 + 2j | -1 - 2j:
        pass
    case "s" | b"b" | "t":
        pass
    case "implicit" "concat":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case a.b:
        pass
    case a.b.c:
        pass
    case name:
        pass
    case _:
        pass
match x:
    case [a, b]:
        pass
    case (a, b):
        pass
    case a, b:
        pass
    case [a, *rest]:
        pass
    case [*_, last]:
        pass
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case a,:
        pass
    case [[a, b], (c, d)]:
        pass
    case *a, b:
        pass
match x:
    case {"k": v}:
        pass
    case {"k": v, **rest}:
        pass
    case {}:
        pass
    case {**rest}:
        pass
    case {1: a, "b": b, None: c, True: d, a.b: e, -1: f, 1 + 2j: g}:
        pass
match x:
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=2):
        pass
    case Point(1, y=2):
        pass
    case a.b.Point(x, y=[z, *w]):
        pass
    case int() | str() as v:
        pass
    case Point(x=Point(y=Point())):
        pass
match x:
    case (a | b) as c:
        pass
    case a | b | c:
        pass
    case [a, b] as c if c:
        pass
    case (1 as one) | (2 as one):
        pass
    case (((a))):
        pass
    case {"x": [1, {"y": (a | b) as c}]}:
        pass
    case _ if x > 1:
        pass
match (x, y):
    case (1, 2): pass
match x,:
    case _: pass
match *a, b:
    case _: pass
match -x:
    case _: pass
match x.y[0]():
    case _: pass
match = 1
case = 2
match.attr = 3
match[0] = 4
match(x)
print(match, case)
_ = match
def match(): pass
