nombre = 'José'
x = ['é', 2)
