print('ñandú' 1)
