x = '€' + y
y = '😀' + z + '😀'
z = f('日本', 語)
w = {'é': é for é in 'ééé'}
v = 'ñ' if ñ else 'n'
