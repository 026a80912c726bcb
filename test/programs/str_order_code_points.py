a, b = "\U0001F600", "\uFFFF"
print(a > b, a < b, a >= b, b <= a, sorted([a, b, "z", "\ue000", "\ud7ff"]), max(a, b), min([a, b]))
print(sorted(["b", "a", "ab", "", "B"]), "abc" < "abd", "ab" < "abc", "😀a" < "😀b")
print(sorted([a, b], key=lambda s: s), sorted([(a, 1), (b, 2)]))
