"""A pure Python implementation of import.

pygil's importlib is a thin layer over the interpreter's own import machinery (the
_pygil_importlib native module): import_module() and reload() use the same file lookup and
sys.modules bookkeeping as the import statement.
"""
import sys
import _pygil_importlib as _native

from importlib import machinery as _machinery
from importlib import util

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__

_RELOADING = {}


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.

    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    return _gcd_import(name[level:], package, level)


def _gcd_import(name, package=None, level=0):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name).__name__}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')
    if level > 0:
        name = util._resolve_relative(name, package, level)
    return _native.import_module(name)


def invalidate_caches():
    """Call the invalidate_caches() method on all meta path finders stored in
    sys.meta_path (where implemented)."""
    # pygil looks modules up on disk at every import: there is no finder cache to clear.
    for finder in getattr(sys, 'meta_path', ()):
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def reload(module):
    """Reload the module and return it.

    The module must have been successfully imported before.

    """
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        path = None
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in sys.modules",
                                  name=parent_name) from None
            path = parent.__path__
        spec = _machinery._find_spec(name, path, module)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        _machinery._exec(spec, module)
        return sys.modules[name]
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass
