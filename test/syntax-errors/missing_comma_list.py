fruits = ['apple' 'banana', 'cherry' 42]
