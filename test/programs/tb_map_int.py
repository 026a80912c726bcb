values = ["10", "20", "x30"]
print(sum(map(int, values)))
