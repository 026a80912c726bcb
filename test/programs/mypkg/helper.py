from . import sub
def shout(s):
    return s.upper() + "!"
