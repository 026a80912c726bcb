x = a or (b | c)
x = a or b ^ c
x = (a or b) ^ c
x = a or (b ^ c)
x = a or b & c
x = (a or b) & c
x = a or (b & c)
x = a or b << c
x = (a or b) << c
x = a or (b << c)
x = a or b >> c
x = (a or b) >> c
x = a or (b >> c)
x = a or b + c
x = (a or b) + c
x = a or (b + c)
x = a or b - c
x = (a or b) - c
x = a or (b - c)
x = a or b * c
x = (a or b) * c
x = a or (b * c)
x = a or b / c
x = (a or b) / c
x = a or (b / c)
x = a or b // c
x = (a or b) // c
x = a or (b // c)
x = a or b % c
x = (a or b) % c
x = a or (b % c)
x = a or b @ c
x = (a or b) @ c
x = a or (b @ c)
x = a or b ** c
x = (a or b) ** c
x = a or (b ** c)
x = a or b and c
x = (a or b) and c
x = a or (b and c)
x = a or b or c
x = (a or b) or c
x = a or (b or c)
x = a or b < c
x = (a or b) < c
x = a or (b < c)
x = a or b == c
x = (a or b) == c
x = a or (b == c)
x = a or b is not c
x = (a or b) is not c
x = a or (b is not c)
x = a or b not in c
x = (a or b) not in c
x = a or (b not in c)
x = a < b | c
x = (a < b) | c
x = a < (b | c)
x = a < b ^ c
x = (a < b) ^ c
x = a < (b ^ c)
x = a < b & c
x = (a < b) & c
x = a < (b & c)
x = a < b << c
x = (a < b) << c
x = a < (b << c)
x = a < b >> c
x = (a < b) >> c
x = a < (b >> c)
x = a < b + c
x = (a < b) + c
x = a < (b + c)
x = a < b - c
x = (a < b) - c
x = a < (b - c)
x = a < b * c
x = (a < b) * c
x = a < (b * c)
x = a < b / c
x = (a < b) / c
x = a < (b / c)
x = a < b // c
x = (a < b) // c
x = a < (b // c)
x = a < b % c
x = (a < b) % c
x = a < (b % c)
x = a < b @ c
x = (a < b) @ c
x = a < (b @ c)
x = a < b ** c
x = (a < b) ** c
x = a < (b ** c)
x = a < b and c
x = (a < b) and c
x = a < (b and c)
x = a < b or c
x = (a < b) or c
x = a < (b or c)
x = a < b < c
x = (a < b) < c
x = a < (b < c)
x = a < b == c
x = (a < b) == c
x = a < (b == c)
x = a < b is not c
x = (a < b) is not c
x = a < (b is not c)
x = a < b not in c
x = (a < b) not in c
x = a < (b not in c)
x = a == b | c
x = (a == b) | c
x = a == (b | c)
x = a == b ^ c
x = (a == b) ^ c
x = a == (b ^ c)
x = a == b & c
x = (a == b) & c
x = a == (b & c)
x = a == b << c
x = (a == b) << c
x = a == (b << c)
x = a == b >> c
x = (a == b) >> c
x = a == (b >> c)
x = a == b + c
x = (a == b) + c
x = a == (b + c)
x = a == b - c
x = (a == b) - c
x = a == (b - c)
x = a == b * c
x = (a == b) * c
x = a == (b * c)
x = a == b / c
x = (a == b) / c
x = a == (b / c)
x = a == b // c
x = (a == b) // c
x = a == (b // c)
x = a == b % c
x = (a == b) % c
x = a == (b % c)
x = a == b @ c
x = (a == b) @ c
x = a == (b @ c)
x = a == b ** c
x = (a == b) ** c
x = a == (b ** c)
x = a == b and c
x = (a == b) and c
x = a == (b and c)
x = a == b or c
x = (a == b) or c
x = a == (b or c)
x = a == b < c
x = (a == b) < c
x = a == (b < c)
x = a == b == c
x = (a == b) == c
x = a == (b == c)
x = a == b is not c
x = (a == b) is not c
x = a == (b is not c)
x = a == b not in c
x = (a == b) not in c
x = a == (b not in c)
x = a is not b | c
x = (a is not b) | c
x = a is not (b | c)
x = a is not b ^ c
x = (a is not b) ^ c
x = a is not (b ^ c)
x = a is not b & c
x = (a is not b) & c
x = a is not (b & c)
x = a is not b << c
x = (a is not b) << c
x = a is not (b << c)
x = a is not b >> c
x = (a is not b) >> c
x = a is not (b >> c)
x = a is not b + c
x = (a is not b) + c
x = a is not (b + c)
x = a is not b - c
x = (a is not b) - c
x = a is not (b - c)
x = a is not b * c
x = (a is not b) * c
x = a is not (b * c)
x = a is not b / c
x = (a is not b) / c
x = a is not (b / c)
x = a is not b // c
x = (a is not b) // c
x = a is not (b // c)
x = a is not b % c
