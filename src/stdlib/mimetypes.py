"""Guess the MIME type of a file from its name or URL, and the other way round.

Public API (as documented for Python 3.11):

  guess_type(url, strict=True)            -> (type, encoding)
  guess_all_extensions(type, strict=True) -> list of extensions
  guess_extension(type, strict=True)      -> one extension or None
  add_type(type, ext, strict=True), init(files=None), read_mime_types(file)
  MimeTypes -- a separate database with the same methods
  knownfiles, inited, suffix_map, encodings_map, types_map, common_types

pygil's own implementation.  The built-in tables live in _mimetypes_defaults.
"""

import os
import posixpath

import _mimetypes_defaults as _defaults

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types",
]

# System files that init() reads when they exist (the documented list).
knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None   # the shared MimeTypes object behind the module-level functions

# Until init() runs, the module-level tables are plain copies of the defaults.
suffix_map = dict(_defaults.suffix_map)
encodings_map = dict(_defaults.encodings_map)
types_map = dict(_defaults.types_map)
common_types = dict(_defaults.common_types)


def _scheme_and_rest(url):
    """Split 'scheme:rest' into ('scheme', 'rest'); (None, url) if no scheme.

    A scheme is a non-empty run of characters without '/' or ':' before the
    first ':'.  It is lower-cased, so 'C:x.js' counts as scheme 'c'.
    """
    colon = url.find(":")
    if colon <= 0 or "/" in url[:colon]:
        return None, url
    return url[:colon].lower(), url[colon + 1:]


def _type_of_data_url(rest):
    """The media type of a data: URL body, e.g. 'text/html;charset=x,<p>'."""
    comma = rest.find(",")
    if comma < 0:
        return None          # not a valid data URL
    header = rest[:comma]
    semi = header.find(";")
    mediatype = header if semi < 0 else header[:semi]
    # An empty or parameter-only header means the RFC 2397 default.
    if "=" in mediatype or "/" not in mediatype:
        mediatype = "text/plain"
    return mediatype


class MimeTypes:
    """A MIME-types database.

    Starts from the built-in tables; the files named in filenames are read
    on top of them.  Index 1 (True) of types_map / types_map_inv holds the
    official (strict) types, index 0 (False) the common non-standard ones.
    """

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_defaults.encodings_map)
        self.suffix_map = dict(_defaults.suffix_map)
        self.types_map = ({}, {})        # (non-strict, strict): ext -> type
        self.types_map_inv = ({}, {})    # (non-strict, strict): type -> [ext]
        for ext, mtype in _defaults.types_map.items():
            self.add_type(mtype, ext, True)
        for ext, mtype in _defaults.common_types.items():
            self.add_type(mtype, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension ext (with its dot) to MIME type type."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def _lookup(self, ext, strict):
        # Exact spelling first, then lower case; non-strict table last.
        tables = [self.types_map[True]]
        if not strict:
            tables.append(self.types_map[False])
        for table in tables:
            for key in (ext, ext.lower()):
                if key in table:
                    return table[key]
        return None

    def guess_type(self, url, strict=True):
        """Return (type, encoding) guessed from a file name or URL."""
        url = os.fspath(url)
        scheme, rest = _scheme_and_rest(url)
        if scheme == "data":
            return _type_of_data_url(rest), None
        base, ext = posixpath.splitext(rest)
        # Suffix aliases such as '.tgz' -> '.tar.gz' are expanded first.
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        # The encoding suffix is matched case-sensitively.
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        return self._lookup(ext, strict), encoding

    def guess_all_extensions(self, type, strict=True):
        """Return every known extension for MIME type type (may be empty)."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in found:
                    found.append(ext)
        return found

    def guess_extension(self, type, strict=True):
        """Return the first known extension for type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Read a mime.types-format file."""
        with open(filename, encoding="utf-8") as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Read mime.types lines: 'type ext ext ...', '#' starts a comment."""
        for line in fp:
            words = []
            for word in line.split():
                if word.startswith("#"):
                    break
                words.append(word)
            if len(words) < 2:
                continue
            mtype = words[0]
            for suffix in words[1:]:
                self.add_type(mtype, "." + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Load types from the Windows registry; nothing to do elsewhere."""
        return


def _shared_db():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """Guess (type, encoding) of a file name or URL; see MimeTypes.guess_type."""
    return _shared_db().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """List the extensions known for a MIME type."""
    return _shared_db().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """One extension for a MIME type, or None."""
    return _shared_db().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Add a mapping from extension ext to MIME type type."""
    return _shared_db().add_type(type, ext, strict)


def init(files=None):
    """(Re)build the shared database, reading knownfiles plus files."""
    global inited, _db, suffix_map, encodings_map, types_map, common_types
    # Set first: MimeTypes() below checks it and must not recurse into us.
    inited = True
    if files is not None and _db is not None:
        db = _db                       # just add more files to what we have
        to_read = list(files)
    else:
        db = MimeTypes()
        db.read_windows_registry()
        to_read = list(knownfiles)
        if files is not None:
            to_read += list(files)
    for name in to_read:
        if os.path.isfile(name):
            db.read(name)
    # The module-level names now show the shared database's tables.
    suffix_map = db.suffix_map
    encodings_map = db.encodings_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """Read one mime.types file; return its ext -> type dict, or None."""
    try:
        fp = open(file, encoding="utf-8")
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]
