if (n := len(a)) > 10:
    pass
while (chunk := f.read(10)):
    pass
print(x := 1)
print(f(y := 2), z := 3)
a = [y := 1, y ** 2]
b = (c := 1)
d = {(e := 1): (g := 2)}
h = x[(i := 0)]
j = lambda: (k := 1)
if any((m := x) > 0 for x in y):
    pass
def f(a=(b := 1)): pass
(n := 1)
