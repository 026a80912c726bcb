if 'ñ' == x
    pass
