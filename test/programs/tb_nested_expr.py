data = {"users": [{"name": "ann", "age": 30}]}
ages = [u["age"] for u in data["users"]]
print(ages)
print(data["users"][0]["email"])
