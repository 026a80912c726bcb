"""Read lines from a sequence of files (or stdin) as if they were one stream.

Typical use:

    import fileinput
    for line in fileinput.input():
        process(line)

The files come from sys.argv[1:] unless a list is given; '-' (or an empty
list) means standard input.  While looping you can ask which file the line
came from (filename()), its number overall (lineno()) and inside its file
(filelineno()).  With inplace=True, whatever is printed replaces the file.
"""

import io
import os
import sys
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

# The FileInput made by input(); the module-level helpers talk to it.
_state = None


def _active():
    """The FileInput behind the module-level functions, or an error."""
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Start reading the given files and return the FileInput doing it.

    Only one such global reader may be busy with a file at a time.
    """
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def close():
    """Close the global reader started by input(), if there is one."""
    global _state
    reader, _state = _state, None
    if reader:
        reader.close()


def nextfile():
    """Skip to the next file; see FileInput.nextfile()."""
    return _active().nextfile()


def filename():
    """Name of the file the last line came from ('<stdin>' for stdin)."""
    return _active().filename()


def lineno():
    """Number of the last line read, counted over all files."""
    return _active().lineno()


def filelineno():
    """Number of the last line read, counted within its own file."""
    return _active().filelineno()


def fileno():
    """File descriptor of the current file, or -1."""
    return _active().fileno()


def isfirstline():
    """True if the last line read was the first of its file."""
    return _active().isfirstline()


def isstdin():
    """True if the last line read came from standard input."""
    return _active().isstdin()


class FileInput:
    """Iterate over the lines of several files as one stream.

    FileInput(files=None, inplace=False, backup="", *, mode="r",
              openhook=None, encoding=None, errors=None)
    """

    def __init__(self, files=None, inplace=False, backup="", *, mode="r",
                 openhook=None, encoding=None, errors=None):
        # Work out the list of names to read, in order.
        if isinstance(files, str):
            names = (files,)
        elif isinstance(files, os.PathLike):
            names = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            names = tuple(files) if files else ("-",)

        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook is not None:
            if inplace:
                raise ValueError(
                    "FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        if ("b" not in mode and encoding is None and openhook is None
                and getattr(sys.flags, "warn_default_encoding", 0)):
            import warnings
            warnings.warn("'encoding' argument not specified.",
                          EncodingWarning, 2)

        self._pending = list(names)   # names not opened yet
        self._inplace = inplace
        self._backup = backup
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors

        # What we know about the file being read right now.
        self._file = None
        self._name = None
        self._from_stdin = False
        self._lineno = 0        # lines handed out so far, all files together
        self._filelineno = 0    # lines handed out from the current file

        # Extra things that only exist while editing a file in place.
        self._backup_name = None
        self._output = None
        self._saved_stdout = None

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._pending = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self._next_line()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        """Next line of the stream; an empty string once all is read."""
        return self._next_line()

    def _next_line(self):
        # Keep opening files until one gives us a line (empty files and
        # exhausted files are simply passed over).
        while True:
            if self._file is None:
                if not self._pending:
                    return b"" if "b" in self._mode else ""
                self._open_next()
            line = self._file.readline()
            if line:
                self._lineno += 1
                self._filelineno += 1
                return line
            self.nextfile()

    def _open_next(self):
        name = self._pending.pop(0)
        self._name = name
        self._filelineno = 0
        self._from_stdin = False
        self._backup_name = None

        if name == "-":
            # stdin is never edited in place, even with inplace=True.
            self._name = "<stdin>"
            self._from_stdin = True
            if "b" in self._mode:
                self._file = getattr(sys.stdin, "buffer", sys.stdin)
            else:
                self._file = sys.stdin
            return

        # Text mode needs the encoding options; binary mode must not get them.
        text_options = {}
        if "b" not in self._mode:
            text_options = {"encoding": self._encoding, "errors": self._errors}

        if self._inplace:
            self._start_inplace(name, text_options)
        elif self._openhook is not None:
            # Hooks written before encoding existed take just (name, mode).
            if self._encoding is None:
                self._file = self._openhook(name, self._mode)
            else:
                self._file = self._openhook(name, self._mode,
                                            encoding=self._encoding,
                                            errors=self._errors)
        else:
            self._file = open(name, self._mode, **text_options)

    def _start_inplace(self, name, text_options):
        # Move the original aside, read from that copy, and let everything
        # printed to stdout become the new contents of the file.
        backup_name = os.fspath(name) + (self._backup or ".bak")
        os.replace(name, backup_name)
        self._backup_name = backup_name
        self._file = open(backup_name, self._mode, **text_options)

        out_mode = "wb" if "b" in self._mode else "w"
        self._output = open(name, out_mode, **text_options)
        try:
            # Keep the permission bits the original file had.
            os.chmod(name, os.fstat(self._file.fileno()).st_mode)
        except OSError:
            pass
        self._saved_stdout = sys.stdout
        sys.stdout = self._output

    def nextfile(self):
        """Stop reading the current file; the next line comes from the next one."""
        # Clear the state first, so a failure below cannot leave it half set.
        file, self._file = self._file, None
        output, self._output = self._output, None
        saved_stdout, self._saved_stdout = self._saved_stdout, None
        backup_name, self._backup_name = self._backup_name, None
        from_stdin = self._from_stdin
        self._from_stdin = False

        if saved_stdout is not None:
            sys.stdout = saved_stdout
        try:
            if output is not None:
                output.close()
        finally:
            try:
                # stdin belongs to the program, so we never close it.
                if file is not None and not from_stdin:
                    file.close()
            finally:
                if backup_name and not self._backup:
                    try:
                        os.unlink(backup_name)
                    except OSError:
                        pass

    def filename(self):
        return self._name

    def lineno(self):
        return self._lineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file is None:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._from_stdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Open hook that reads .gz and .bz2 files through gzip and bz2."""
    if encoding is None and "b" not in mode:
        encoding = "locale"
    extension = os.path.splitext(filename)[1]
    if extension == ".gz":
        import gzip
        stream = gzip.open(filename, mode)
    elif extension == ".bz2":
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    # The decompressors give bytes; wrap them for text mode.
    if "b" not in mode:
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """Make an open hook that opens every file with this encoding."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
