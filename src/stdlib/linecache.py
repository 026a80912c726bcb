"""linecache: the lines of source files, read once and kept (what tracebacks, warnings and
inspect show). Entries of `cache` are (size, mtime, lines, fullname); mtime None marks lines
put there by hand (timeit, doctest), which checkcache() keeps; a 1-tuple (get_lines,) is a
module whose loader will give the source when first asked (lazycache)."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def _is_pseudo_name(filename):
    """True for '' and names like "<stdin>" or "<string>": no file stands behind them."""
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of the file, with its newline; '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of the file (each with its newline); [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Forget the cached lines of files that changed on disk (or of all files)."""
    names = list(cache.keys()) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read the file again into the cache; its lines, or [] (names like "<stdin>" have none)."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if _is_pseudo_name(filename):
        return []
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        # the module's loader may still know the source
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = [line + '\n' for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, filename)
                return lines
        # a relative name: look for it along sys.path, as the import system found it
        stat = None
        if not os.path.isabs(filename):
            for dirname in sys.path:
                try:
                    candidate = os.path.join(dirname, filename)
                except (TypeError, AttributeError):
                    continue
                try:
                    stat = os.stat(candidate)
                    fullname = candidate
                    break
                except OSError:
                    pass
        if stat is None:
            return []
    try:
        with open(fullname, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = stat.st_size, stat.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Remember how to get the file's lines from its module's loader (get_source), without
    reading them yet; True if that is possible (or already done)."""
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo_name(filename):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
