# platform: uname_result stores five strings and adds processor on iteration, len() and
# indexing (but not in repr, == or +); _make/_replace/_asdict/copy/__reduce__; the
# name-tidying _platform(), system_alias() and the version helpers' shapes.
import copy
import platform

u = platform.uname_result('Linux', 'box', '6.1.0', '#1 SMP', 'x86_64')
print(repr(u))
print(len(u), repr(u[5]), repr(u[-1]), u[1:3], list(u))
print(u._fields, [c.__name__ for c in type(u).__mro__])
print(u._asdict())
print(u._replace(system='Other'))
for args in (['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd', 'e', 'f']):
    try:
        platform.uname_result._make(args)
    except TypeError as e:
        print('TypeError', e)
print(repr(platform.uname_result._make(['a', 'b', 'c', 'd', 'e'])))
print(u.__reduce__())
print(copy.copy(u) == u, copy.deepcopy(u) == u, u.__getnewargs__() == tuple(u))
print(u == tuple(u), hash(u) == hash(tuple(u)), u == tuple(u)[:5], u == platform.uname_result(*u[:5]))
print(platform.uname_result.__name__, platform.uname_result.__qualname__, platform.uname_result.__module__)
print(type(type(u).__dict__['processor']).__name__, repr(u.processor))
print(u.count('Linux'), 'Linux' in u, 'box' in u, tuple(reversed(u)), len(u + ('z',)))
system, node, release, version, machine, processor = u
print(system, node, release, version, machine, repr(processor))
print(platform.uname() is platform.uname(), type(platform.uname()).__name__)

for parts in [('Linux', '5.4', 'x86_64', '', 'with', 'glibc2.31'), ('Win dows', 'a/b', 'c:d', 'e;f'),
              ('unknown', 'x', 'unknown'), ('a', '', '', 'b'), ('x--y', 'z-'), (' s ', ' t'),
              ('q"r', '(s)', 'u\\v')]:
    print(repr(platform._platform(*parts)))
for args in [('SunOS', '5.10', 'v'), ('SunOS', '4.1', 'v'), ('win32', 'XP', 'v'), ('win16', '3', 'v'),
             ('Linux', '6.1', 'v'), ('Darwin', '22.1', 'v')]:
    print(platform.system_alias(*args))
print(platform.python_version_tuple()[:2], len(platform.python_version().split('.')))
print(platform.architecture('/nonexistent')[1] == '')
print(platform.libc_ver(lib='L', version='V')[0] != '')
print(platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot())
print(platform.mac_ver(), platform.java_ver())
print(platform.architecture('/nonexistent', bits='16bit', linkage='COFF'))
print(platform.architecture('/bin/sh', bits='16bit', linkage='COFF'))
print(platform.architecture('/etc/passwd'), platform.architecture('/etc/passwd', '8bit', 'X'))
