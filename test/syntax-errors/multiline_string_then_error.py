text = '''
line one
line two
'''
x = = 1
