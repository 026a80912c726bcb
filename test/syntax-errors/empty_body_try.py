try:
except ValueError:
    pass
