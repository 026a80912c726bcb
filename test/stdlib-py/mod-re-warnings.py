# Warnings re issues while compiling: FutureWarning for doubled characters that future set
# operations may use, DeprecationWarning for odd group names in templates.
import re
import warnings

for p in ['[[a]', '[a[]', '[a&&b]', '[a||b]', '[a~~b]', '[--a]', '[a-]', '[a[b]', '[[]', '[a-b--c]', '[\\[]', '[a&&]', '[&&a]']:
    print(repr(p), end=' ')
    try:
        re.compile(p)
        print('ok')
    except re.error as e:
        print('err', e)

def f():
    return re.compile('[a||c]')
f()
print(re.sub('(x)', r'\g< 1>', 'x'), re.match('(x)', 'x').expand(r'\g<+1>'))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    re.compile('[x~~y]')
    re.compile('[x~~y]')   # cached: compiled once, warned once
print([(w.category.__name__, str(w.message)) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        re.compile('[q&&r]')
    except FutureWarning as e:
        print('FutureWarning raised:', e)
    try:
        re.compile('[a--b]')
    except (FutureWarning, re.error) as e:
        print(type(e).__name__, e)

# re.TEMPLATE and re.template(): deprecated in 3.11, warnings attributed to re itself
re.compile('a', re.T)
re.template('b')
print(re.compile('c', re.TEMPLATE).flags)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    re.compile('d', re.T)
    re.template('e')
print([str(x.message)[:40] for x in w])
