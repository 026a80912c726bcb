print("hello world)
