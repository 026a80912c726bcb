"""Read a password without echo, and find out the user's login name.

Written for pygil from the documented behaviour of getpass in Python 3.11.
pygil has no way to switch a terminal's echo off, so getpass() always acts as
CPython does without a controlling terminal: it issues GetPassWarning, writes
a warning line and the prompt to the stream (stderr by default) and reads one
line from sys.stdin.
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    """Issued when the password may be echoed while it is typed."""


def _write_prompt(stream, prompt):
    try:
        stream.write(prompt)
    except UnicodeEncodeError:
        # A stream that cannot encode the prompt still gets something readable.
        encoding = getattr(stream, 'encoding', None) or 'ascii'
        stream.write(prompt.encode(encoding, 'replace').decode(encoding))
    stream.flush()


def _read_line(prompt, stream, source):
    """Show prompt on stream, read one line from source, drop its newline."""
    prompt = str(prompt)
    if prompt:
        _write_prompt(stream, prompt)
    line = source.readline()
    if not line:
        raise EOFError       # end of input: no password at all
    return line[:-1] if line.endswith('\n') else line


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password and return it without its trailing newline.
    Raises EOFError when stdin is at its end."""
    # Reported from inside this module (as CPython's is), so the default
    # warning filter shows it once per process, not once per caller.
    warnings.warn("Can not control echo on the terminal.", GetPassWarning)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    password = _read_line(prompt, stream, sys.stdin)
    # The Enter key's newline was not echoed on a real terminal; end the line.
    stream.write('\n')
    return password


# The platform-specific names CPython also offers; here they are all the same.
fallback_getpass = unix_getpass = getpass


def getuser():
    """The login name: the first non-empty one of $LOGNAME, $USER, $LNAME and
    $USERNAME, else the password database's entry for the current user id."""
    for variable in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        name = os.environ.get(variable)
        if name:
            return name
    import pwd      # only needed when the environment says nothing
    return pwd.getpwuid(os.getuid())[0]
