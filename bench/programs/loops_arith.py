# Tight loops over ints and floats, the bread and butter of student programs.
total = 0
for i in range(1_500_000):
    total += i * i % 7
x = 0.0
i = 0
while i < 500_000:
    x += (i % 10) * 0.5 - 1.25
    i += 1
print(total, x)
