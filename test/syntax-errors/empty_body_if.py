if True:

print('after')
