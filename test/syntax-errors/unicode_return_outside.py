x = 'ñ'
return x + 'é'
