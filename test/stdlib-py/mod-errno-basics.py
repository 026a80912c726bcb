# errno: Linux constants, errorcode, and their use with OSError.
import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EPIPE)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[95], len(errno.errorcode))
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), names[:8], names[-4:])
print(sorted(errno.errorcode.items())[:5])
print(all(getattr(errno, errno.errorcode[c]) == c for c in errno.errorcode))
try:
    open('/nonexistent/file.txt')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno))
try:
    os.mkdir('.')
except FileExistsError as e:
    print(e.errno == errno.EEXIST, type(e).__name__)
e = OSError(errno.EACCES, 'Permission denied')
print(type(e).__name__, e)
