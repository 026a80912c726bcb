n = 0
while n < 5
    n += 1
