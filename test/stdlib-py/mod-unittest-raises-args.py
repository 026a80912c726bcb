# assertRaises/assertWarns argument errors, tuples of exceptions, msg= in the context form.
import unittest
tc = unittest.TestCase()
for call in (lambda: tc.assertRaises(5), lambda: tc.assertRaises(ValueError, foo=1),
             lambda: tc.assertRaises((ValueError, 3)), lambda: tc.assertWarns(ValueError)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
with tc.assertRaises((KeyError, IndexError)) as cm:
    [][0]
print(type(cm.exception).__name__, cm.expected)
try:
    with tc.assertRaises(ValueError, msg="custom"):
        pass
except AssertionError as e:
    print(e)
