"""The implementations of the import machinery's parts: specs, loaders and finders.

In pygil the finders ask the interpreter's own import machinery (_pygil_importlib) where a
name lives, so they find exactly what the import statement finds: a built-in (TypeScript)
module, a package directory with __init__.py, or a .py file on the search path.
"""
import sys
import _pygil_importlib as _native

SOURCE_SUFFIXES = ['.py']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def _is_builtin(name):
    return name in sys.builtin_module_names or _native.is_builtin(name)


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The specification for a module, used for loading."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        # pygil writes no bytecode caches
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Meta path import for built-in modules (in pygil: the modules written in TypeScript)."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _is_builtin(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if not _is_builtin(spec.name):
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        if spec.name in sys.modules and not _native.is_builtin(spec.name):
            return sys.modules[spec.name]
        module = type(sys)(spec.name)
        _native.init_builtin(module)
        return module

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    """Meta path import for frozen modules (pygil has none)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        raise ImportError(f'{module.__name__!r} is not a frozen module', name=module.__name__)


class FileLoader:
    """Base file loader class which implements the loader protocol methods that
    require file system usage."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        """Return the path to the source file as found by the finder."""
        if name is not None and name != self.name:
            raise ImportError(f'loader for {self.name} cannot handle {name}', name=name)
        return self.path

    def get_data(self, path):
        """Return the data from path as raw bytes."""
        with open(path, 'rb') as file:
            return file.read()

    def get_resource_reader(self, module):
        return None

    def is_package(self, fullname):
        filename = self.get_filename(fullname).replace('\\', '/').rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def load_module(self, fullname):
        """Load a module from a file (deprecated; use exec_module())."""
        fullname = self.name if fullname is None else fullname
        module = sys.modules.get(fullname)
        if module is None:
            spec = spec_from_file_location(fullname, self.path, loader=self)
            module = type(sys)(fullname)
            _init_module_attrs(spec, module)
            sys.modules[fullname] = module
            try:
                self.exec_module(module)
            except BaseException:
                sys.modules.pop(fullname, None)
                raise
            return sys.modules[fullname]
        self.exec_module(module)
        return module


class SourceLoader:
    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def get_source(self, fullname):
        """Concrete implementation of InspectLoader.get_source."""
        path = self.get_filename(fullname)
        return _decode_source(self.get_data(path))

    def source_to_code(self, data, path):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def exec_module(self, module):
        """Execute the module."""
        path = self.get_filename(module.__name__)
        source = _decode_source(self.get_data(path))
        _native.exec_source(module, source, path)


class SourceFileLoader(FileLoader, SourceLoader):
    """Concrete implementation of SourceLoader using the file system."""


class SourcelessFileLoader(FileLoader):
    """Loader which handles sourceless file imports (pygil cannot run .pyc files)."""

    def get_code(self, fullname):
        raise ImportError('pygil cannot load bytecode files', name=fullname)

    def exec_module(self, module):
        self.get_code(module.__name__)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader):
    """Loader for extension modules (pygil cannot load them)."""

    def exec_module(self, module):
        raise ImportError('pygil cannot load extension modules', name=module.__name__)

    def get_source(self, fullname):
        return None


class NamespaceLoader:
    def __init__(self, name, path, path_finder=None):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        pass


class PathFinder:
    """Meta path finder for sys.path and package __path__ attributes."""

    @staticmethod
    def invalidate_caches():
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        found = _native.find(fullname.rpartition('.')[2], list(path))
        if found is None:
            return None
        file, directory, is_package = found
        return spec_from_file_location(
            fullname, file, submodule_search_locations=[directory] if is_package else None)


class FileFinder:
    """File-based finder for one directory."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path], target)

    def __repr__(self):
        return f'FileFinder({self.path!r})'


def _decode_source(data):
    if isinstance(data, str):
        return data
    return data.decode('utf-8')


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """Return a module spec based on a file location."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        if not isinstance(location, (str, bytes)):
            location = type(location).__fspath__(location)
        if isinstance(location, bytes):
            location = location.decode('utf-8', 'surrogateescape')
        if location and not location.startswith('/'):
            import posix
            location = posix.getcwd().rstrip('/') + '/' + location
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if not any(location.endswith(suffix) for suffix in SOURCE_SUFFIXES):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None:
            try:
                if is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        try:
            module.__loader__ = spec.loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def _find_spec(name, path, target=None):
    """The spec the finders on sys.meta_path give for absolute `name` searched on `path`
    (sys.path when None), or None."""
    for finder in list(sys.meta_path):
        find_spec = getattr(finder, 'find_spec', None)
        if find_spec is None:
            continue
        spec = find_spec(name, path, target)
        if spec is not None:
            return spec
    if _native.is_builtin(name):
        # pygil's TypeScript submodules, which the import statement also finds last
        return BuiltinImporter.find_spec(name)
    return None


def _exec(spec, module):
    """Executes spec in module's namespace (reload)."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name!r} not in sys.modules', name=name)
    _init_module_attrs(spec, module, override=True)
    if spec.loader is None:
        raise ImportError('missing loader', name=spec.name)
    spec.loader.exec_module(module)
    module = sys.modules.pop(name)
    sys.modules[name] = module
    return module


def _spec_of_imported(module):
    """The spec of a module pygil's import statement loaded (it leaves __spec__ None)."""
    name = getattr(module, '__name__', None)
    if not isinstance(name, str) or name == '__main__':
        return None
    file = getattr(module, '__file__', None)
    if isinstance(file, str):
        path = getattr(module, '__path__', None)
        locations = list(path) if path is not None else None
        return spec_from_file_location(name, file, submodule_search_locations=locations)
    if _is_builtin(name):
        return BuiltinImporter.find_spec(name)
    return None


def _fill_spec(module):
    """Sets __spec__ and __loader__ of an imported module that lacks them; returns the spec."""
    spec = _spec_of_imported(module)
    if spec is not None:
        try:
            module.__spec__ = spec
            if getattr(module, '__loader__', None) is None:
                module.__loader__ = spec.loader
        except AttributeError:
            pass
    return spec


for _module in list(sys.modules.values()):
    if getattr(_module, '__spec__', None) is None:
        _fill_spec(_module)
del _module
_native.set_spec_hook(_fill_spec)


def _module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() '
                          'must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _load(spec):
    """Creates and runs the module a sys.meta_path finder's spec describes."""
    name = spec.name
    loader = spec.loader
    if loader is not None and not hasattr(loader, 'exec_module'):
        if not hasattr(loader, 'load_module'):
            raise ImportError('loader has neither exec_module() nor load_module()', name=name)
        module = loader.load_module(name)
    else:
        module = _module_from_spec(spec)
        sys.modules[name] = module
        try:
            if loader is None:
                if spec.submodule_search_locations is None:
                    raise ImportError('missing loader', name=name)
            else:
                loader.exec_module(module)
        except BaseException:
            sys.modules.pop(name, None)
            raise
    module = sys.modules[name]
    parent, _, leaf = name.rpartition('.')
    if parent and parent in sys.modules:
        try:
            setattr(sys.modules[parent], leaf, module)
        except AttributeError:
            pass
    return module


_DEFAULT_FINDERS = (BuiltinImporter, FrozenImporter, PathFinder)


def _is_default_finder(finder):
    return any(finder is default for default in _DEFAULT_FINDERS)


def _meta_path_import(name, path):
    """The import statement's first step (pygil): the finders on sys.meta_path in order.
    Returns the module a user finder loaded, or None when pygil's own lookup (the same one
    BuiltinImporter and PathFinder do) is to load it."""
    finders = list(sys.meta_path)
    for i, finder in enumerate(finders):
        if _is_default_finder(finder):
            if all(_is_default_finder(f) for f in finders[i:]):
                return None
            if finder.find_spec(name, path) is not None:
                return None
            continue
        find_spec = getattr(finder, 'find_spec', None)
        if find_spec is None:
            continue
        spec = find_spec(name, path, None)
        if spec is not None:
            return _load(spec)
    return None


if not sys.meta_path:
    sys.meta_path.extend(_DEFAULT_FINDERS)
_native.set_meta_path_hook(_meta_path_import)
