a = 'é€😀'
b = "日本語"
c = '''多行
字符串'''
d = f'{a} → {b}'
e = 'emoji 😀😀😀 then x'; f = 1
g = ['ü', 'ß', 'ø']
h = '\u00e9' + 'é'
i = '​' 'zero width'
