# getpass: reading a password from stdin without a terminal (the warning and the prompt
# go to the stream), getuser() from the environment.
import getpass
import io
import os
import sys
import warnings

sys.stdin = io.StringIO('s3cret\nsecond line\n')
err = io.StringIO()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    pw = getpass.getpass(stream=err)
print(repr(pw), repr(err.getvalue()))
print([(w.category.__name__, str(w.message)) for w in caught])

out = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter('ignore', getpass.GetPassWarning)
    print(repr(getpass.getpass('PIN? ', out)), repr(out.getvalue()))
    try:
        empty = io.StringIO()
        getpass.getpass('empty? ', empty)
    except EOFError:
        print('EOFError at end of input', repr(empty.getvalue()))

for var in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(var, None)
os.environ['USERNAME'] = 'from-username'
print(getpass.getuser())
os.environ['LOGNAME'] = 'from-logname'
print(getpass.getuser())
print(issubclass(getpass.GetPassWarning, UserWarning), getpass.__all__)
