for s in ['\ufeff5', '\x1c5', ' 5 ', '5\u2028', '\t-7\n', '\u20035', '+0', '-0', '007', '1_000', '٣']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), e)
