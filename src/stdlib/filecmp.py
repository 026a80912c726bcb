"""Compare files and directory trees.

cmp(f1, f2, shallow=True) tells whether two files are alike; cmpfiles(a, b, common)
sorts a list of names found in two directories into alike, different and unreadable;
dircmp(a, b) compares two directories and, through its subdirs, their whole trees.
"""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# Chunk size when two files' contents are read side by side.
BUFSIZE = 8 * 1024

# Outcomes of deep comparisons, keyed on both names and both stat signatures, so a file
# changed since it was compared is read again.
_cache = {}
_CACHE_LIMIT = 100


def clear_cache():
    """Forget every remembered comparison."""
    _cache.clear()


def _signature(path):
    """What a shallow comparison looks at: file type, size and modification time."""
    info = os.stat(path)
    return stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime


def _contents_equal(path1, path2):
    with open(path1, 'rb') as first, open(path2, 'rb') as second:
        while True:
            chunk = first.read(BUFSIZE)
            if chunk != second.read(BUFSIZE):
                return False
            if not chunk:
                return True


def cmp(f1, f2, shallow=True):
    """Return True if files f1 and f2 seem equal, False otherwise.

    Only regular files can be equal. With shallow true, equal os.stat() signatures (type,
    size, modification time) are enough; otherwise the contents decide, and that outcome
    is cached until either file's signature changes."""
    sig1, sig2 = _signature(f1), _signature(f2)
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    if key not in _cache:
        if len(_cache) > _CACHE_LIMIT:
            clear_cache()
        _cache[key] = _contents_equal(f1, f2)
    return _cache[key]


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common in directories a and b.

    Returns three lists of names: (equal, different, could not be compared)."""
    equal, different, trouble = [], [], []
    for name in common:
        try:
            alike = cmp(os.path.join(a, name), os.path.join(b, name), shallow)
        except OSError:
            trouble.append(name)
            continue
        (equal if alike else different).append(name)
    return equal, different, trouble


class dircmp:
    """Compare directories a and b.

    dircmp(a, b, ignore=None, hide=None): names in ignore (DEFAULT_IGNORES by default)
    and in hide ([os.curdir, os.pardir] by default) are left out.

    The results are attributes worked out on first use: left_list, right_list, common,
    left_only, right_only, common_dirs, common_files, common_funny, same_files,
    diff_files, funny_files and subdirs (a dircmp, of this instance's class, per common
    subdirectory). report(), report_partial_closure() and report_full_closure() print
    them."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore
        self.hide = [os.curdir, os.pardir] if hide is None else hide

    # -- the lazily computed attributes; each step sets a group of them --

    def _read_listings(self):
        excluded = set(self.hide) | set(self.ignore)
        self.left_list = sorted(n for n in os.listdir(self.left) if n not in excluded)
        self.right_list = sorted(n for n in os.listdir(self.right) if n not in excluded)

    def _match_names(self):
        # Names are matched as the OS compares them (case-folded on Windows), and
        # reported as each side spells them.
        left_by_key = {os.path.normcase(n): n for n in self.left_list}
        right_by_key = {os.path.normcase(n): n for n in self.right_list}
        self.common = [n for k, n in left_by_key.items() if k in right_by_key]
        self.left_only = [n for k, n in left_by_key.items() if k not in right_by_key]
        self.right_only = [n for k, n in right_by_key.items() if k not in left_by_key]

    def _classify_common(self):
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        for name in self.common:
            try:
                left_kind = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                right_kind = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if left_kind == right_kind and stat.S_ISDIR(left_kind):
                self.common_dirs.append(name)
            elif left_kind == right_kind and stat.S_ISREG(left_kind):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def _compare_common_files(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def _open_subdirs(self):
        self.subdirs = {
            name: self.__class__(os.path.join(self.left, name),
                                 os.path.join(self.right, name), self.ignore, self.hide)
            for name in self.common_dirs}

    _computed_by = {}
    for _step, _names in ((_read_listings, 'left_list right_list'),
                          (_match_names, 'common left_only right_only'),
                          (_classify_common, 'common_dirs common_files common_funny'),
                          (_compare_common_files, 'same_files diff_files funny_files'),
                          (_open_subdirs, 'subdirs')):
        for _name in _names.split():
            _computed_by[_name] = _step
    del _step, _names, _name

    def __getattr__(self, name):
        # Only reached when the attribute is not set yet.
        step = type(self)._computed_by.get(name)
        if step is None:
            raise AttributeError(name)
        step(self)
        return self.__dict__[name]

    # -- reports --

    def report(self):
        """Print how a and b differ."""
        print('diff', self.left, self.right)
        sections = (('Only in', self.left, ':', 'left_only'),
                    ('Only in', self.right, ':', 'right_only'),
                    ('Identical files :', 'same_files'),
                    ('Differing files :', 'diff_files'),
                    ('Trouble with common files :', 'funny_files'),
                    ('Common subdirectories :', 'common_dirs'),
                    ('Common funny cases :', 'common_funny'))
        for *heading, attribute in sections:
            names = getattr(self, attribute)
            if names:
                names.sort()
                print(*heading, names)

    def report_partial_closure(self):
        """Print the report for a and b and for their immediate common subdirectories."""
        self.report()
        for child in self.subdirs.values():
            print()
            child.report()

    def report_full_closure(self):
        """Print the report for a and b and, recursively, for all common subdirectories."""
        self.report()
        for child in self.subdirs.values():
            print()
            child.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)
