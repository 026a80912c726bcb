# an uncaught FileNotFoundError: CPython's traceback and message
def load(name):
    with open(name) as f:
        return f.read()


print('before')
load('missing-file.txt')
