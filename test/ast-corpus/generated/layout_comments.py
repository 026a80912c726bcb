# leading comment

# another
x = 1  # trailing


# between
if x:  # on compound
    # inside
    y = 2
        # deeper comment
# dedented comment
    z = 3
# last
