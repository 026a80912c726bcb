x = 'bom'
print(x)
