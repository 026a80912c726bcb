"""This module tries to retrieve as much platform-identifying data as possible.

Written for pygil from the documented behaviour of CPython 3.11's platform module, for
POSIX systems (Linux). The values come from os.uname(), sys.version and the C library
Node runs on. python_implementation() returns 'pygil' (sys.implementation.name), not
'CPython': this is a different implementation of Python 3.11. python_compiler() and
python_build() are parsed from sys.version as CPython does.
"""

import collections
import functools
import itertools
import os
import sys

__version__ = '1.0.8'

_uname_cache = None


class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    """A uname_result that's largely compatible with a simple namedtuple except that
    'processor' is resolved late and cached to avoid calling "uname" except when
    needed."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @functools.cached_property
    def processor(self):
        # `uname -p` says "unknown" on Linux; unknown values are reported as ''
        return ''

    def __iter__(self):
        return itertools.chain(super().__iter__(), (self.processor,))

    @classmethod
    def _make(cls, iterable):
        num_fields = len(cls._fields) - 1
        result = cls.__new__(cls, *iterable)
        if len(result) != num_fields + 1:
            msg = f'Expected {num_fields} arguments, got {len(result)}'
            raise TypeError(msg)
        return result

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


def uname():
    """Fairly portable uname interface. Returns a tuple of strings (system, node, release,
    version, machine, processor) identifying the underlying platform."""
    global _uname_cache
    if _uname_cache is None:
        try:
            u = os.uname()
            values = (u.sysname, u.nodename, u.release, u.version, u.machine)
        except AttributeError:
            values = ('', '', '', '', '')
        _uname_cache = uname_result(*values)
    return _uname_cache


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows' or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name (which may not be fully qualified)."""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'."""
    return uname().release


def version():
    """Returns the system's release version, e.g. '#3 on degas'."""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'."""
    return uname().machine


def processor():
    """Returns the (true) processor name, e.g. 'amdk6'; '' when it cannot be found."""
    return uname().processor


def _sys_version():
    """(name, version, branch, revision, buildno, builddate, compiler) from sys.version,
    which looks like '3.11.7 (main, pygil 0.1.0) [TypeScript]'."""
    text = sys.version
    ver, _, rest = text.partition(' ')
    buildno = builddate = compiler = ''
    if rest.startswith('('):
        inside, _, after = rest[1:].partition(')')
        buildno, _, builddate = inside.partition(',')
        buildno = buildno.strip()
        builddate = builddate.strip()
        after = after.strip()
        if after.startswith('[') and after.endswith(']'):
            compiler = after[1:-1]
    return (sys.implementation.name, ver, '', '', buildno, builddate, compiler)


def python_implementation():
    """Returns a string identifying the Python implementation ('pygil' here)."""
    return _sys_version()[0]


def python_version():
    """Returns the Python version as string 'major.minor.patchlevel'."""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    """Returns the Python version as tuple (major, minor, patchlevel) of strings."""
    return tuple(python_version().split('.'))


def python_branch():
    """Returns a string identifying the Python implementation branch ('' if unknown)."""
    return _sys_version()[2]


def python_revision():
    """Returns a string identifying the Python implementation revision ('' if unknown)."""
    return _sys_version()[3]


def python_build():
    """Returns a tuple (buildno, builddate) stating the Python build number and date."""
    return _sys_version()[4:6]


def python_compiler():
    """Returns a string identifying the compiler used for compiling Python."""
    return _sys_version()[6]


def architecture(executable=sys.executable, bits='', linkage=''):
    """Queries the given executable for various architecture information: a tuple
    (bits, linkage). Here the pointer size gives bits; ELF is the linkage on Linux."""
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    if not linkage and sys.platform.startswith('linux'):
        try:
            with open(executable, 'rb') as f:
                if f.read(4) == b'\x7fELF':
                    linkage = 'ELF'
        except OSError:
            pass
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version that the file executable (which defaults to
    the Python interpreter) is linked against. Returns (lib, version)."""
    import _pygil_platform
    found_lib, found_version = _pygil_platform.libc_ver()
    if found_lib:
        return found_lib, found_version
    return lib, version


def _platform(*args):
    """Joins the non-empty parts with '-' and tidies the result into a name."""
    text = '-'.join(x.strip() for x in filter(len, args))
    for ch in ' ':
        text = text.replace(ch, '_')
    for ch in '/\\:;"()':
        text = text.replace(ch, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    while text.endswith('-'):
        text = text[:-1]
    return text


def system_alias(system, release, version):
    """Returns (system, release, version) aliased to common marketing names used for
    some systems (SunOS -> Solaris, ...); other systems come back unchanged."""
    if system == 'SunOS' and release >= '5':
        major, _, rest = release.partition('.')
        return 'Solaris', str(int(major) - 3) + '.' + rest, version
    if system in ('win32', 'win16'):
        return 'Windows', release, version
    return system, release, version


_platform_cache = {}


def platform(aliased=False, terse=False):
    """Returns a single string identifying the underlying platform with as much useful
    information as possible (but no more :)."""
    key = (aliased, terse)
    if key in _platform_cache:
        return _platform_cache[key]
    sysname, nodename, rel, ver, mach, proc = uname()
    if mach == proc:
        proc = ''
    if aliased:
        sysname, rel, ver = system_alias(sysname, rel, ver)
    if sysname == 'Linux':
        # on Linux the libc is always named, terse or not (as CPython 3.11)
        libcname, libcversion = libc_ver()
        result = _platform(sysname, rel, mach, proc, 'with', libcname + libcversion)
    elif terse:
        result = _platform(sysname, rel)
    else:
        bits, linkage = architecture(sys.executable)
        result = _platform(sysname, rel, mach, proc, bits, linkage)
    _platform_cache[key] = result
    return result


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release."""
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                lines = f.read().splitlines()
        except OSError as e:
            error = e
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in lines:
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            name, _, value = line.partition('=')
            if not name.replace('_', '').isalnum():
                continue
            info[name] = _unquote_os_release(value)
        return info
    raise OSError(error.errno, 'Unable to read files /etc/os-release, /usr/lib/os-release')


def _unquote_os_release(value):
    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
        value = value[1:-1]
    out = []
    i = 0
    while i < len(value):
        if value[i] == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
            out.append(value[i + 1])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return ''.join(out)


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo
