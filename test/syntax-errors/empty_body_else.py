if False:
    pass
else:
print('x')
