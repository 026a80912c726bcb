records = [{"k": 2}, {"j": 1}]
print("sorting")
ordered = sorted(records, key=lambda r: r["k"])
