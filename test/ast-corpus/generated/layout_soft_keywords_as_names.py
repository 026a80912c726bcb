match = 1
case = 2
_ = 3
type = 4
print(match, case, _)
match.x = 1
