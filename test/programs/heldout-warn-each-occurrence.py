# compile-time SyntaxWarnings come once per occurrence: two on one line, and twice for a finally body (compiled twice)
x = 1
try:
    pass
finally:
    print(x is 1)
print([x is -1, x is 2])
