class Empty:

obj = Empty()
