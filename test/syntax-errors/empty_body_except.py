try:
    x = 1
except ValueError:
finally:
    pass
