# platform: what describes this machine (the same machine runs both interpreters), and
# the version helpers. python_implementation/compiler/build differ by design.
import os
import platform
import sys

u = os.uname()
print(platform.system(), platform.system() == u.sysname, platform.node() == u.nodename,
      platform.release() == u.release, platform.version() == u.version, platform.machine() == u.machine)
print(repr(platform.processor()))
r = platform.uname()
print(len(r), r.system == platform.system(), tuple(r)[5] == r.processor, r[0] == r.system, r._fields)
print(repr(r).startswith('uname_result(system='), r == platform.uname())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3], platform.python_version_tuple()[:2])
print(platform.architecture()[0], platform.architecture()[1])
print(platform.libc_ver()[0])
print(platform.platform(terse=True) == platform.platform())
p = platform.platform()
print(p.startswith('%s-%s' % (u.sysname, u.release) + '-' + u.machine + '-with-glibc'), p == platform.platform(aliased=True))
print(platform._platform('Linux', '1.0 beta', 'x/y', '', 'unknown'))
print(platform.system_alias('SunOS', '5.8', 'v'), platform.system_alias('Linux', '6', 'v'))
print(type(platform.python_implementation()).__name__, type(platform.python_compiler()).__name__,
      len(platform.python_build()))
rel = platform.freedesktop_os_release()
print(sorted(k for k in rel if k in ('NAME', 'ID', 'PRETTY_NAME')), rel['ID'] == rel.get('ID'))
