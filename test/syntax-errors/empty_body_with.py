with open('f') as f:

print(1)
