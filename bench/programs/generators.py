# Generators: a pipeline of generator functions and generator expressions.
def numbers(n):
    for i in range(n):
        yield i


def squares(xs):
    for x in xs:
        yield x * x


def evens(xs):
    return (x for x in xs if x % 2 == 0)


total = sum(evens(squares(numbers(600000))))
print(total)
print(sum(1 for _ in numbers(300000)), max(x % 1000 for x in numbers(300000)))
