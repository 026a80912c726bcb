"""Access to the metadata of installed distribution packages.

pygil has no installed distributions: there are no *.dist-info or *.egg-info directories it
reads, so version(), metadata(), files(), requires() and distribution() raise
PackageNotFoundError for every name, and distributions() yields nothing.
"""
import sys

__all__ = [
    'Distribution',
    'DistributionFinder',
    'PackageMetadata',
    'PackageNotFoundError',
    'distribution',
    'distributions',
    'entry_points',
    'files',
    'metadata',
    'packages_distributions',
    'requires',
    'version',
]


class PackageNotFoundError(ModuleNotFoundError):
    """The package was not found."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


class PackageMetadata:
    """The metadata of a distribution (never produced: pygil has none)."""


class EntryPoint:
    """An entry point as found in a distribution's metadata."""

    def __init__(self, name, value, group):
        self.name = name
        self.value = value
        self.group = group

    def __repr__(self):
        return f'EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})'


class EntryPoints(tuple):
    """An immutable collection of selectable EntryPoint objects."""

    __slots__ = ()

    def __getitem__(self, name):
        if isinstance(name, int):
            return super().__getitem__(name)
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self
                           if all(getattr(ep, k) == v for k, v in params.items()))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}


class Distribution:
    """A Python distribution package."""

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        return iter(())


class DistributionFinder:
    """A MetaPathFinder capable of discovering installed distributions."""

    class Context:
        def __init__(self, **kwargs):
            vars(self).update(kwargs)

    def find_distributions(self, context=Context()):
        return iter(())


def distribution(distribution_name):
    """Get the ``Distribution`` instance for the named package."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Get all ``Distribution`` instances in the current environment."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    """Get the metadata for the named package."""
    return distribution(distribution_name).metadata


def version(distribution_name):
    """Get the version string for the named package."""
    return distribution(distribution_name).version


def files(distribution_name):
    """Return a list of files for the named package."""
    return distribution(distribution_name).files


def requires(distribution_name):
    """Return a list of requirements for the named package."""
    return distribution(distribution_name).requires


def entry_points(**params):
    """Return EntryPoint objects for all installed packages (none in pygil)."""
    return EntryPoints().select(**params)


def packages_distributions():
    """Return a mapping of top-level packages to their distributions (none in pygil)."""
    return {}
