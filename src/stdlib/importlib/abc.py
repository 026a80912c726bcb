"""Abstract base classes related to import.

pygil's import statement does not consult sys.meta_path or sys.path_hooks, so finders
derived from these classes are only used when called directly.
"""
import abc
from importlib import machinery

__all__ = [
    'Loader', 'Finder', 'MetaPathFinder', 'PathEntryFinder',
    'ResourceLoader', 'InspectLoader', 'ExecutionLoader',
    'FileLoader', 'SourceLoader',
]


class Loader(metaclass=abc.ABCMeta):
    """Abstract base class for import loaders."""

    def create_module(self, spec):
        """Return a module to initialize and into which to load (None: the default)."""
        return None

    def load_module(self, fullname):
        """Return the loaded module (deprecated; loaders implement exec_module())."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        import sys
        from importlib.util import spec_from_loader, module_from_spec
        spec = spec_from_loader(fullname, self)
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]

    def module_repr(self, module):
        raise NotImplementedError


class Finder(metaclass=abc.ABCMeta):
    """Legacy abstract base class for import finders."""


class MetaPathFinder(metaclass=abc.ABCMeta):
    """Abstract base class for import finders on sys.meta_path."""

    def invalidate_caches(self):
        """An optional method for clearing the finder's cache, if any."""


class PathEntryFinder(metaclass=abc.ABCMeta):
    """Abstract base class for path entry finders used by PathFinder."""

    def invalidate_caches(self):
        """An optional method for clearing the finder's cache, if any."""


class ResourceLoader(Loader):
    """Abstract base class for loaders which can return data from their back-end storage."""

    @abc.abstractmethod
    def get_data(self, path):
        """Abstract method which when implemented should return the bytes for the specified
        path."""
        raise OSError


class InspectLoader(Loader):
    """Abstract base class for loaders which support inspection about the modules they
    can load."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """Abstract base class for loaders that wish to support the execution of modules as
    scripts."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class FileLoader(machinery.FileLoader, ResourceLoader, ExecutionLoader):
    """Abstract base class partially implementing the ResourceLoader and ExecutionLoader
    ABCs."""


class SourceLoader(machinery.SourceLoader, ResourceLoader, ExecutionLoader):
    """Abstract base class for loading source code (and optionally any corresponding
    bytecode)."""


for _cls in (machinery.BuiltinImporter, machinery.FrozenImporter, machinery.PathFinder):
    MetaPathFinder.register(_cls)
    InspectLoader.register(_cls) if _cls is not machinery.PathFinder else None
PathEntryFinder.register(machinery.FileFinder)
for _cls in (machinery.SourceFileLoader, machinery.SourcelessFileLoader,
             machinery.ExtensionFileLoader):
    ExecutionLoader.register(_cls)
del _cls
