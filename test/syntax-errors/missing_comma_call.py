print('a' 1)
