'name' = 'Bob'
