name = 'Bob'
print name
