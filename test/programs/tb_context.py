def parse(text):
    try:
        return int(text)
    except ValueError:
        return float(text)
values = ["1", "2.5", "abc"]
print([parse(v) for v in values])
