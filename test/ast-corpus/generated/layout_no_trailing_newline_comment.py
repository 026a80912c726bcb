x = 1
# comment at end