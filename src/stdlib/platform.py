"""What this machine and this Python are: system name, release, processor, libc, versions.

Written for pygil from the documented behaviour of CPython 3.11's platform module, for
POSIX systems (Linux). The values come from os.uname(), sys.version and the C library
Node runs on. python_implementation() returns 'pygil' (sys.implementation.name), not
'CPython': this is a different implementation of Python 3.11. python_compiler() and
python_build() are parsed from sys.version as CPython does.
"""

import collections
import functools
import os
import sys

__version__ = '1.0.8'


# -- uname -------------------------------------------------------------------------------

_UnameFive = collections.namedtuple('uname_result_base', 'system node release version machine')


class uname_result(_UnameFive):
    """os.uname()'s five strings plus a sixth, processor, worked out on first use.

    The tuple itself stores five items (so its repr, ==, hash and + see five), while
    iteration, len() and indexing include processor, as in CPython."""

    _fields = _UnameFive._fields + ('processor',)

    @functools.cached_property
    def processor(self):
        # what `uname -p` prints on Linux is "unknown", which platform reports as ''
        return ''

    def __iter__(self):
        yield from _UnameFive.__iter__(self)
        yield self.processor

    def __len__(self):
        return sum(1 for _ in self)

    def __getitem__(self, index):
        return tuple(self)[index]

    @classmethod
    def _make(cls, iterable):
        # the five stored fields are required; processor is never taken from outside
        return cls.__new__(cls, *iterable)

    def __reduce__(self):
        stored = len(_UnameFive._fields)
        return uname_result, tuple(self)[:stored]


_uname_cache = None


def uname():
    """(system, node, release, version, machine, processor) for this machine, as a
    uname_result; read once and then reused."""
    global _uname_cache
    if _uname_cache is None:
        try:
            u = os.uname()
        except AttributeError:
            _uname_cache = uname_result('', '', '', '', '')
        else:
            _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    """The operating system's name, such as 'Linux'; '' if unknown."""
    return uname().system


def node():
    """This machine's network name; '' if unknown."""
    return uname().node


def release():
    """The operating system's release, such as the kernel version on Linux."""
    return uname().release


def version():
    """The operating system's build description (uname -v)."""
    return uname().version


def machine():
    """The hardware type, such as 'x86_64'; '' if unknown."""
    return uname().machine


def processor():
    """The processor's name when the system says it; '' otherwise (as on Linux)."""
    return uname().processor


# -- this Python ---------------------------------------------------------------------------

def _sys_version():
    """(name, version, branch, revision, buildno, builddate, compiler) from sys.version,
    which looks like '3.11.7 (main, pygil 0.1.0) [TypeScript]'."""
    number, _, rest = sys.version.partition(' ')
    buildno = builddate = compiler = ''
    if rest.startswith('('):
        build, _, tail = rest[1:].partition(')')
        buildno, _, builddate = (part.strip() for part in build.partition(','))
        tail = tail.strip()
        if tail[:1] == '[' and tail[-1:] == ']':
            compiler = tail[1:-1]
    return (sys.implementation.name, number, '', '', buildno, builddate, compiler)


def python_implementation():
    """Which implementation of Python runs this code: 'pygil' here."""
    return _sys_version()[0]


def python_version():
    """The version as 'major.minor.micro'."""
    return '.'.join(str(part) for part in sys.version_info[:3])


def python_version_tuple():
    """The version as a tuple of three strings."""
    return tuple(python_version().split('.'))


def python_branch():
    """The source branch this Python was built from; '' when not recorded."""
    return _sys_version()[2]


def python_revision():
    """The source revision this Python was built from; '' when not recorded."""
    return _sys_version()[3]


def python_build():
    """(build name, build date) as sys.version gives them."""
    return _sys_version()[4:6]


def python_compiler():
    """What built this Python, from the bracketed part of sys.version."""
    return _sys_version()[6]


# -- the executable and its C library ------------------------------------------------------

def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of executable. An ELF binary gives its own word size and 'ELF';
    for other files the arguments stand, an empty bits meaning this process's pointer
    size."""
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    try:
        with open(executable, 'rb') as f:
            header = f.read(5)
    except OSError:
        header = b''
    if header[:4] == b'\x7fELF':
        # byte 4 of an ELF header is its class: 1 for 32-bit, 2 for 64-bit
        bits = {1: '32bit', 2: '64bit'}.get(header[4], bits)
        linkage = 'ELF'
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library in use, e.g. ('glibc', '2.36'); the lib and
    version arguments come back when it cannot be told."""
    import _pygil_platform
    found_lib, found_version = _pygil_platform.libc_ver()
    if found_lib:
        return found_lib, found_version
    return lib, version


# -- platform() ----------------------------------------------------------------------------

_SEPARATORS_TO_DASH = '/\\:;"()'


def _platform(*parts):
    """The non-empty parts joined by '-', made safe for use in a file name: spaces
    become '_', separators '-', 'unknown' goes, and runs of '-' shrink to one."""
    text = '-'.join(part.strip() for part in parts if part)
    text = text.replace(' ', '_')
    for ch in _SEPARATORS_TO_DASH:
        text = text.replace(ch, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def system_alias(system, release, version):
    """(system, release, version) under the name people know the system by: SunOS 5.x
    is Solaris 2.x, win32/win16 is Windows; anything else comes back as it is."""
    if system == 'SunOS' and release >= '5':
        major, _, minor = release.partition('.')
        return 'Solaris', '%d.%s' % (int(major) - 3, minor), version
    if system in ('win32', 'win16'):
        return 'Windows', release, version
    return system, release, version


_platform_cache = {}


def platform(aliased=False, terse=False):
    """One string naming this platform, such as 'Linux-6.1.0-x86_64-with-glibc2.36'.
    aliased uses system_alias() names; terse keeps only the essentials."""
    key = (aliased, terse)
    if key not in _platform_cache:
        _platform_cache[key] = _describe_platform(aliased, terse)
    return _platform_cache[key]


def _describe_platform(aliased, terse):
    sysname, _, rel, ver, mach, proc = uname()
    if proc == mach:
        proc = ''
    if aliased:
        sysname, rel, ver = system_alias(sysname, rel, ver)
    if sysname == 'Linux':
        # on Linux the libc is always named, terse or not (as CPython 3.11)
        libcname, libcversion = libc_ver()
        return _platform(sysname, rel, mach, proc, 'with', libcname + libcversion)
    if terse:
        return _platform(sysname, rel)
    bits, linkage = architecture(sys.executable)
    return _platform(sysname, rel, mach, proc, bits, linkage)


# -- os-release ----------------------------------------------------------------------------

_OS_RELEASE_FILES = ('/etc/os-release', '/usr/lib/os-release')


def freedesktop_os_release():
    """The KEY=value pairs of the os-release file as a dict (NAME, ID and PRETTY_NAME
    default to Linux/linux/Linux); OSError when neither file can be read."""
    failure = None
    for path in _OS_RELEASE_FILES:
        try:
            with open(path, encoding='utf-8') as f:
                text = f.read()
        except OSError as e:
            failure = e
            continue
        return _parse_os_release(text)
    raise OSError(failure.errno, 'Unable to read files ' + ', '.join(_OS_RELEASE_FILES))


def _parse_os_release(text):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        key, _, value = line.partition('=')
        if key.replace('_', '').isalnum():
            info[key] = _shell_unquote(value)
    return info


def _shell_unquote(value):
    """A value as a shell would read it: outer quotes dropped, backslash escapes of
    \\ $ " ' ` resolved."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
        value = value[1:-1]
    out = []
    escaped = False
    for ch in value:
        if escaped:
            if ch not in '\\$"\'`':
                out.append('\\')
            out.append(ch)
            escaped = False
        elif ch == '\\':
            escaped = True
        else:
            out.append(ch)
    if escaped:
        out.append('\\')
    return ''.join(out)


# -- other systems: their defaults, since none of them is this one ---------------------------

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
