def compute(values):
    totl = 0
    for v in values:
        totl += v
    return total
print(compute([1, 2]))
