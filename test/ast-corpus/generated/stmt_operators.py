x = a + b
x = a - b
x = a * b
x = a / b
x = a // b
x = a % b
x = a ** b
x = a @ b
x = a << b
x = a >> b
x = a & b
x = a | b
x = a ^ b
x = a and b
x = a or b
x = a < b
x = a > b
x = a <= b
x = a >= b
x = a == b
x = a != b
x = a is b
x = a is not b
x = a in b
x = a not in b
x = -a
x = +a
x = ~a
x = not a
x = - - a
x = not not a
x = -a ** -b
x = (-a) ** b
x = a < b < c
x = a == b != c is d is not e in f not in g
x = a if b else c
x = a or b and c
x = (a or b) and c
x = not a == b
x = a and not b
x = a | b ^ c & d << e + f * g ** h
x = ((((a))))
x = a @ b @ c
x = a ** b ** c
x = (a ** b) ** c
x = a - (b - c)
x = a - b - c
x = a / b * c // d % e
