# filecmp: cmp (shallow and deep), cmpfiles, dircmp attributes and reports.
import filecmp
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
os.chdir(root)
for d in ['left/sub/deep', 'right/sub/deep', 'left/onlyleftdir', 'right/.git', 'left/both_kind']:
    os.makedirs(d)


def write(path, text):
    with open(path, 'w') as f:
        f.write(text)


write('left/same.txt', 'same\n')
write('right/same.txt', 'same\n')
write('left/diff.txt', 'left version\n')
write('right/diff.txt', 'right versio\n')
write('left/size.txt', 'short\n')
write('right/size.txt', 'much longer\n')
write('left/only_left.txt', 'x')
write('right/only_right.txt', 'y')
write('right/both_kind', 'a file on the right')
write('left/sub/a.txt', 'a')
write('right/sub/a.txt', 'b')
write('left/sub/deep/z', 'z')
write('right/sub/deep/z', 'z')

# distinct modification times, so that shallow comparisons look at the contents
for i, (dirpath, dirs, files) in enumerate(sorted(os.walk('.'))):
    for j, name in enumerate(sorted(files)):
        os.utime(os.path.join(dirpath, name), (1000000 + i * 100 + j, 1000000 + i * 100 + j))
print(filecmp.cmp('left/same.txt', 'right/same.txt'), filecmp.cmp('left/diff.txt', 'right/diff.txt'),
      filecmp.cmp('left/diff.txt', 'right/diff.txt', shallow=False), filecmp.cmp('left/size.txt', 'right/size.txt'),
      filecmp.cmp('left/sub', 'right/sub'))
try:
    filecmp.cmp('left/missing', 'right/same.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
print(filecmp.cmpfiles('left', 'right', ['same.txt', 'diff.txt', 'missing', 'sub']))

d = filecmp.dircmp('left', 'right')
print(d.left_list, d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files, sorted(d.subdirs))
d.report()
print('---')
filecmp.dircmp('left', 'right', ignore=['same.txt'], hide=[]).report()
print('---')
d.report_partial_closure()
print('---')
d.report_full_closure()
try:
    d.nonexistent
except AttributeError as e:
    print('AttributeError', e)
filecmp.clear_cache()
print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)
os.chdir('/')
shutil.rmtree(root)
