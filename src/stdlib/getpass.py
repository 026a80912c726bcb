"""Utilities to get a password and/or the current user name.

getpass(prompt[, stream]) - Prompt for a password, with echo turned off.
getuser() - Get the user name from the environment or password database.

GetPassWarning - This UserWarning is issued when getpass() cannot prevent
                 echoing of the password contents while reading.

Written for pygil from the documented behaviour of CPython 3.11. pygil cannot turn the
terminal's echo off, so getpass() always behaves as CPython does when it has no
controlling terminal: it issues GetPassWarning, writes "Warning: Password input may be
echoed." and the prompt to the stream (stderr by default), and reads a line from stdin.
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _raw_input(prompt='', stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            prompt = prompt.encode(stream.encoding, 'replace')
            prompt = prompt.decode(stream.encoding)
            stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def fallback_getpass(prompt='Password: ', stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt for a password (echo cannot be turned off here: see the module doc)."""
    passwd = fallback_getpass(prompt, stream)
    # the line ends on the stream, as when the typed newline is not echoed
    (stream or sys.stderr).write('\n')
    return passwd


getpass = unix_getpass


def getuser():
    """Get the username from the environment or password database.

    First try various environment variables, then the password database (/etc/passwd)."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 3 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)
