# filecmp: dircmp subclasses propagate to subdirs, attributes are computed once, cache is keyed on signatures
import filecmp
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
top = root
os.chdir(root)
root = '.'
for d in ['L/x/y', 'R/x/y', 'L/CVS', 'R/tags']:
    os.makedirs(os.path.join(root, d))
for side, text in (('L', 'one'), ('R', 'two')):
    with open(os.path.join(root, side, 'x', 'f.txt'), 'w') as f:
        f.write(text)


class Mine(filecmp.dircmp):
    pass


m = Mine(os.path.join(root, 'L'), os.path.join(root, 'R'))
print(type(m.subdirs['x']).__name__, type(m.subdirs['x'].subdirs['y']).__name__)
print(m.left_list, m.right_list, m.common_dirs, m.subdirs['x'].diff_files)
print(m.common is m.common, 'common' in vars(m), 'same_files' in vars(m))
print(filecmp.dircmp[int], Mine.__mro__[1].__name__)
a, b = os.path.join(root, 'L', 'x', 'f.txt'), os.path.join(root, 'R', 'x', 'f.txt')
os.utime(a, (5, 5))
os.utime(b, (6, 6))
print(filecmp.cmp(a, b), filecmp.cmp(a, b, shallow=False))
with open(b, 'w') as f:
    f.write('one')
os.utime(b, (7, 7))
print(filecmp.cmp(a, b), filecmp.cmp(a, b, False))
os.utime(b, (5, 5))
print(filecmp.cmp(a, b), filecmp.cmpfiles(os.path.join(root, 'L'), os.path.join(root, 'R'), ['x', 'CVS', 'nope']))
m.subdirs['x'].report_full_closure()
try:
    m.phase9
except AttributeError as e:
    print('AttributeError', e)
os.chdir('/')
shutil.rmtree(top)
