x = "global"
def show():
    print(x)
show()
def shadow():
    x = "local"
    print(x)
shadow()
print(x)
def broken():
    try:
        print(y_undefined_local)
        y_undefined_local = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
def outer():
    v = 1
    def middle():
        def inner():
            nonlocal v
            v += 10
            return v
        return inner()
    r = middle()
    return r, v
print(outer())
class K:
    attr = 5
    doubled = [attr * 2 for _ in range(2)] if False else None
    def method(self):
        return attr_lookup()
def attr_lookup():
    return "module function"
print(K().method(), K.attr)
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
print([i for i in range(3)], i)
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(3)]
print([m(10) for m in make_multipliers()])
def cell_in_class():
    value = "captured"
    class Inner:
        def get(self):
            return value
    return Inner().get()
print(cell_in_class())
def walrus_scope():
    data = [1, 2, 3, 4]
    if any((big := n) > 2 for n in data):
        print("first big", big)
walrus_scope()
def del_local():
    a = 1
    del a
    try:
        return a
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_local())
