"""Utility code for constructing importers, etc."""
import sys
import _pygil_importlib as _native

from importlib.machinery import (ModuleSpec, spec_from_file_location, _find_spec, _fill_spec,
                                 _decode_source as decode_source, _module_from_spec)

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def source_hash(source_bytes):
    "Return the hash of *source_bytes* as used in hash-based pyc files."
    import hashlib
    return hashlib.sha256(source_bytes).digest()[:8]


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Given the path to a .py file, return the path to its .pyc file."""
    import os
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    path = os.fspath(path)
    head, tail = os.path.split(path)
    base, sep, rest = tail.rpartition('.')
    if not sep:
        base = rest
    opt = '' if not optimization else f'.opt-{optimization}'
    return os.path.join(head, '__pycache__', f'{base}.{sys.implementation.cache_tag}{opt}.pyc')


def source_from_cache(path):
    """Given the path to a .pyc. file, return the path to its .py file."""
    import os
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    path = os.fspath(path)
    head, pycache_filename = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    if pycache_filename.count('.') not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    base_filename = pycache_filename.partition('.')[0]
    return os.path.join(head, base_filename + '.py')


def _resolve_relative(name, package, level):
    """The absolute name of `name` imported with `level` leading dots from `package`:
    one dot is the package itself, each further dot climbs one parent."""
    parts = package.split('.')
    if level > len(parts):
        raise ImportError('attempted relative import beyond top-level package')
    anchor = '.'.join(parts[:len(parts) - (level - 1)])
    return anchor + '.' + name if name else anchor


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if name[:1] != '.':
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    dots = len(name) - len(name.lstrip('.'))
    return _resolve_relative(name[dots:], package, dots)


def _search_path_of(parent_name, fullname):
    """The __path__ of the (imported) parent package, where a submodule is looked for."""
    package = __import__(parent_name, fromlist=['__path__'])
    try:
        return package.__path__
    except AttributeError as not_a_package:
        raise ModuleNotFoundError(f"__path__ attribute not found on {parent_name!r} "
                                  f"while trying to find {fullname!r}",
                                  name=fullname) from not_a_package


def find_spec(name, package=None):
    """Return the spec for the specified module: the __spec__ of a module already in
    sys.modules, else what the finders on sys.meta_path answer (None when none finds it).
    A dotted name imports its parent package first; relative names work as in
    importlib.import_module()."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        search_path = _search_path_of(parent_name, fullname) if parent_name else None
        return _find_spec(fullname, search_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    spec = getattr(module, '__spec__', None)
    if spec is None:
        # pygil's import statement leaves __spec__ None; work it out from the module
        spec = _fill_spec(module)
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
    return spec


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    return _module_from_spec(spec)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)
