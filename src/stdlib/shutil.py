"""High-level file operations: copying files and trees, removing trees, moving, which(),
disk_usage(), get_terminal_size()."""

import os
import sys
import stat
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


# Exception hierarchy, as documented: Error and its subclass SameFileError come from
# copying/moving; the rest are OSError (or Exception) subclasses for other tools.
class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile() was asked to copy a file onto itself."""


class SpecialFileError(OSError):
    """The source is a special file (FIFO etc.) that cannot be copied."""


class ExecError(OSError):
    """An external command needed for the operation failed to run."""


class ReadError(OSError):
    """An archive could not be read by any unpacker."""


class RegistryError(Exception):
    """Bad registration in the archive/unpack format registries."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file-like object fsrc to file-like object fdst."""
    if not length:
        length = COPY_BUFSIZE
    fsrc_read = fsrc.read
    fdst_write = fdst.write
    while True:
        buf = fsrc_read(length)
        if not buf:
            break
        fdst_write(buf)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry) and hasattr(os.path, 'samestat'):
        pass
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (a file name); return dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
    else:
        with open(src, 'rb') as fsrc:
            try:
                with open(dst, 'wb') as fdst:
                    copyfileobj(fsrc, fdst)
            except IsADirectoryError as e:
                if not os.path.exists(dst):
                    raise FileNotFoundError(f'Directory does not exist: {dst}') from e
                raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    st = os.stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits and access/modification times of src to dst."""
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory. Returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata; dst may be a directory. Returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` function for copytree that skips names matching the glob patterns."""
    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the tree at src to dst; return dst."""
    with os.scandir(src) as itr:
        entries = list(itr)
    if ignore is not None:
        ignored_names = ignore(os.fspath(src), [x.name for x in entries])
    else:
        ignored_names = set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for srcentry in entries:
        if srcentry.name in ignored_names:
            continue
        srcname = os.path.join(src, srcentry.name)
        dstname = os.path.join(dst, srcentry.name)
        try:
            is_symlink = srcentry.is_symlink()
            if is_symlink and symlinks:
                os.symlink(os.readlink(srcname), dstname)
            elif srcentry.is_dir():
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete a whole directory tree."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise args[1][1] if isinstance(args[1], tuple) else args[1]
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as err:
        onerror(os.path.islink, path, (type(err), err, None))
        return
    entries = []
    try:
        with os.scandir(path) as scandir_it:
            entries = list(scandir_it)
    except OSError as err:
        onerror(os.scandir, path, (type(err), err, None))
    for entry in entries:
        fullname = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            rmtree(fullname, ignore_errors, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError as err:
                onerror(os.unlink, fullname, (type(err), err, None))
    try:
        os.rmdir(path)
    except OSError as err:
        onerror(os.rmdir, path, (type(err), err, None))


rmtree.avoids_symlink_attacks = False


def _basename(path):
    # basename() of 'a/b/' is '' -- drop trailing separators first so move()
    # of a directory given with a slash still lands under its own name.
    seps = os.path.sep + (os.path.altsep or '')
    return os.path.basename(os.fspath(path).rstrip(seps))


def _is_inside(src, dst):
    """True when dst is src itself or lies below it (compared as absolute paths)."""
    def as_dir(p):
        p = os.path.abspath(p)
        return p if p.endswith(os.path.sep) else p + os.path.sep
    return as_dir(dst).startswith(as_dir(src))


_destinsrc = _is_inside


def _move_by_copying(src, target, dst, copy_function):
    # Used when os.rename() failed (e.g. across file systems).
    if os.path.islink(src):
        # Recreate the link itself rather than copying what it points to.
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _is_inside(src, dst):
            raise Error(f"Cannot move a directory '{src}' into itself '{dst}'.")
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst (a directory puts it inside); return the new path."""
    target = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # Same directory under another spelling (e.g. a case change): just rename.
            os.rename(src, dst)
            return None
        target = os.path.join(dst, _basename(src))
        # Never overwrite an entry already inside the destination directory.
        if os.path.exists(target):
            raise Error(f"Destination path '{target}' already exists")
    try:
        os.rename(src, target)
    except OSError:
        _move_by_copying(src, target, dst, copy_function)
    return target


# a named tuple named "usage", as CPython's (its type shows in reprs and type())
from collections import namedtuple as _namedtuple
_ntuple_diskusage = _namedtuple('usage', 'total used free', module='shutil')


def disk_usage(path):
    """(total, used, free) bytes of the file system holding path."""
    import posix
    total, used, free = posix._disk_usage(os.fspath(path))
    return _ntuple_diskusage(total, used, free)


def chown(path, user=None, group=None):
    raise NotImplementedError("pygil: chown is not supported")


def _env_size(name):
    # A positive integer from the environment, else 0 meaning "not given".
    try:
        value = int(os.environ[name])
    except (KeyError, ValueError):
        return 0
    return value if value > 0 else 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's (columns, lines): $COLUMNS/$LINES, the terminal, or the fallback."""
    columns, lines = _env_size('COLUMNS'), _env_size('LINES')
    if not (columns and lines):
        # Ask the terminal behind stdout; no terminal means use the fallback.
        try:
            queried = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            queried = os.terminal_size(fallback)
        # A terminal reporting 0 (some pseudo-terminals do) also falls back.
        columns = columns or queried.columns or fallback[0]
        lines = lines or queried.lines or fallback[1]
    return os.terminal_size((columns, lines))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable `cmd` would run, or None."""
    def _access_check(fn, mode):
        return (os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn))
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for dir in path.split(os.pathsep):
        normdir = os.path.normcase(dir)
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(dir, cmd)
            if _access_check(name, mode):
                return name
    return None


def get_archive_formats():
    return []


def register_archive_format(name, function, extra_args=None, description=''):
    raise NotImplementedError("pygil: archives are not supported")


def unregister_archive_format(name):
    pass


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    raise NotImplementedError("pygil: make_archive is not supported")


def get_unpack_formats():
    return []


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    raise NotImplementedError("pygil: archives are not supported")


def unregister_unpack_format(name):
    pass


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    raise NotImplementedError("pygil: unpack_archive is not supported")
