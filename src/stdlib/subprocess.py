"""subprocess: start programs, talk to them through pipes, and collect their exit status.

Written for pygil from the documented behaviour of CPython 3.11's subprocess module, on
Node's child_process (_pygil_subprocess). Waiting for a child (its start, its output, its
exit) blocks only the calling thread. Differences: the child's output is read into memory
as it arrives (a child never blocks on a full pipe); stderr=STDOUT merges the two streams in
the order their data reaches pygil; preexec_fn, pass_fds, user/group changes, umask,
start_new_session and process_group are not supported (NotImplementedError) and close_fds
is always true. A command starting with sys.executable (which is Node) runs pygil's CLI,
so `[sys.executable, 'script.py']` starts another pygil as it would start another CPython.
"""

import io
import os
import signal
import sys
import time

import _pygil_subprocess as _native

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

# the special values of Popen's stdin/stdout/stderr arguments
PIPE = -1
STDOUT = -2
DEVNULL = -3


# -- results and errors ----------------------------------------------------------------------

class SubprocessError(Exception):
    pass


def _output_alias():
    """A stdout property that reads and writes the error's output attribute."""
    def read(error):
        return error.output

    def write(error, value):
        error.output = value
    return property(read, write, doc="The same as output.")


class CalledProcessError(SubprocessError):
    """A checked command (check_call, check_output, run(check=True)) exited with a non-zero
    status, or was killed by a signal (a negative returncode)."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            try:
                how = repr(signal.Signals(-code))
            except ValueError:
                how = "unknown signal %d" % -code
            return "Command '%s' died with %s." % (self.cmd, how)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    stdout = _output_alias()


class TimeoutExpired(SubprocessError):
    """A timeout ran out while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _output_alias()


class CompletedProcess(object):
    """What run() returns: the command, its exit status, and its output if captured."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        shown = [f'args={self.args!r}', f'returncode={self.returncode!r}']
        shown += [f'{name}={value!r}' for name, value in
                  (('stdout', self.stdout), ('stderr', self.stderr)) if value is not None]
        return f"{type(self).__name__}({', '.join(shown)})"

    def check_returncode(self):
        """CalledProcessError if the command exited with a non-zero status."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _ChildOutput(io.BufferedIOBase):
    """The reading end of a child's stdout or stderr pipe (binary; text mode wraps it in a
    TextIOWrapper). Reads block only the calling thread."""

    def __init__(self, handle, which):
        super().__init__()
        self._handle = handle
        self._which = which
        self._buf = b''

    def readable(self):
        return True

    def _more(self, n):
        chunk = _native.read(self._handle, self._which, n)
        self._buf += chunk
        return bool(chunk)

    def read(self, size=-1):
        if size is None or size < 0:
            data = self._buf + _native.read(self._handle, self._which, -1)
            self._buf = b''
            return data
        while len(self._buf) < size and self._more(size - len(self._buf)):
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def read1(self, size=-1):
        if not self._buf:
            self._more(size if size and size > 0 else 65536)
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        while b'\n' not in self._buf and (size is None or size < 0 or len(self._buf) < size):
            if not self._more(65536):
                break
        end = self._buf.find(b'\n') + 1 or len(self._buf)
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _ChildInput(io.BufferedIOBase):
    """The writing end of a child's stdin pipe."""

    def __init__(self, handle):
        super().__init__()
        self._handle = handle

    def writable(self):
        return True

    def write(self, b):
        return _native.write(self._handle, bytes(b))

    def close(self):
        if not self.closed:
            _native.close_stdin(self._handle)
        super().close()


def _stdio_spec(value, name):
    """What the native layer needs for one of stdin/stdout/stderr."""
    if value is None:
        return 'inherit'
    if value == PIPE:
        return 'pipe'
    if value == DEVNULL:
        return 'devnull'
    if value == STDOUT:
        if name != 'stderr':
            raise ValueError('STDOUT can only be used for stderr')
        return 'stdout'
    if isinstance(value, int):
        if value < 0:
            raise ValueError('bad file descriptor %d' % value)
        return value
    return value.fileno()


def _unsupported(**options):
    for name, (value, default) in options.items():
        if value != default:
            raise NotImplementedError('pygil: subprocess does not support %s' % name)


class Popen:
    """A child process running args, with pipes to it where PIPE was asked for."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self._handle = None
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        _unsupported(preexec_fn=(preexec_fn, None), pass_fds=(tuple(pass_fds), ()),
                     user=(user, None), group=(group, None), extra_groups=(extra_groups, None),
                     umask=(umask, -1), start_new_session=(start_new_session, False),
                     process_group=(process_group, None))
        if startupinfo is not None or creationflags != 0:
            raise ValueError('startupinfo and creationflags are only supported on Windows '
                             'platforms')
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text and '
                                  'universal_newlines are supplied but different. Pass one '
                                  'or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)

        if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable:
                argv[0] = executable
        argv = [os.fsdecode(a) if isinstance(a, (bytes, os.PathLike)) else a for a in argv]
        if argv and argv[0] == sys.executable and executable is None:
            # sys.executable is Node: running it means running pygil again
            argv = list(_native.interpreter_command()) + argv[1:]
        for a in argv:
            if not isinstance(a, str):
                raise TypeError('expected str, bytes or os.PathLike object, not %s'
                                % type(a).__name__)
        if executable is not None:
            executable = os.fsdecode(executable)
        if cwd is not None:
            cwd = os.fsdecode(cwd)
            # checked here: the OS error names the directory, as CPython's does
            if not os.path.exists(cwd):
                raise FileNotFoundError(2, 'No such file or directory', cwd)
            if not os.path.isdir(cwd):
                raise NotADirectoryError(20, 'Not a directory', cwd)
        if env is None:
            env = dict(os.environ)
        else:
            env = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}

        specs = (_stdio_spec(stdin, 'stdin'), _stdio_spec(stdout, 'stdout'),
                 _stdio_spec(stderr, 'stderr'))
        self._handle, self.pid = _native.start(argv, executable, cwd, env, *specs)

        if stdin == PIPE:
            self.stdin = _ChildInput(self._handle)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, encoding=encoding or 'utf-8',
                                              errors=errors, write_through=True,
                                              line_buffering=(bufsize == 1))
        if stdout == PIPE:
            self.stdout = self._reader('out')
        if stderr == PIPE:
            self.stderr = self._reader('err')

    def _reader(self, which):
        stream = _ChildOutput(self._handle, which)
        if self.text_mode:
            stream = io.TextIOWrapper(stream, encoding=self.encoding or 'utf-8',
                                      errors=self.errors)
        return stream

    def __repr__(self):
        text = f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"
        # long commands are cut to 80 characters
        return text if len(text) <= 80 else text[:76] + "...>"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for pipe in (self.stdout, self.stderr):
            if pipe:
                pipe.close()
        try:
            if self.stdin:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass        # the child did not read all its input
        finally:
            if exc_type is not KeyboardInterrupt:
                self.wait()
            elif self.returncode is None:
                # after Ctrl-C, give the child a moment to exit, but do not hang on it
                try:
                    self.wait(timeout=0.25)
                except TimeoutExpired:
                    pass

    def poll(self):
        """The exit status if the child has ended (also stored in returncode), else None."""
        if self.returncode is None and self._handle is not None:
            self.returncode = _native.poll(self._handle)
        return self.returncode

    def wait(self, timeout=None):
        """Wait until the child ends (TimeoutExpired after timeout seconds); its exit status."""
        if self.returncode is not None:
            return self.returncode
        rc = _native.wait(self._handle, -1 if timeout is None else float(timeout))
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        return rc

    def communicate(self, input=None, timeout=None):
        """Send input (if any) to the child and close its stdin, read its stdout and stderr
        to the end, and wait for it to exit; returns (stdout data, stderr data), None for
        a stream that is not a pipe."""
        if input is not None and self.stdin is None:
            raise ValueError('Cannot send input after starting communication')
        if self.stdin:
            try:
                if input:
                    self.stdin.write(input)
                self.stdin.close()
            except BrokenPipeError:
                pass
        deadline = None if timeout is None else time.monotonic() + timeout
        rc = _native.wait(self._handle, -1 if timeout is None else float(timeout))
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        out = self._drain(self.stdout)
        err = self._drain(self.stderr)
        del deadline
        return (out, err)

    @staticmethod
    def _drain(stream):
        if stream is None:
            return None
        data = stream.read()
        stream.close()
        return data

    def send_signal(self, sig):
        """Send signal sig to the child, unless it has already ended."""
        self.poll()
        if self.returncode is not None:
            return
        _native.send_signal(self._handle, int(sig))

    def terminate(self):
        """Ask the child to end (SIGTERM)."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """End the child at once (SIGKILL)."""
        self.send_signal(signal.SIGKILL)


def _command_of(popenargs, kwargs):
    """The command as given to Popen, positionally or as args=."""
    return kwargs['args'] if kwargs.get('args') is not None else popenargs[0]


def call(*popenargs, timeout=None, **kwargs):
    """Run the command, wait for it (killing it if timeout runs out) and return its exit
    status."""
    with Popen(*popenargs, **kwargs) as child:
        try:
            return child.wait(timeout=timeout)
        except BaseException:
            child.kill()
            raise


def check_call(*popenargs, **kwargs):
    """call(), but a non-zero exit status raises CalledProcessError; returns 0."""
    status = call(*popenargs, **kwargs)
    if status:
        raise CalledProcessError(status, _command_of(popenargs, kwargs))
    return 0


def _text_wanted(kwargs):
    return any(kwargs.get(name) for name in ('universal_newlines', 'text', 'encoding', 'errors'))


def check_output(*popenargs, timeout=None, **kwargs):
    """Run the command and return its standard output; a non-zero exit status raises
    CalledProcessError."""
    for forbidden in ('stdout', 'check'):
        if forbidden in kwargs:
            raise ValueError(f'{forbidden} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # an explicit input=None still gives the child an empty stdin, not the parent's
        kwargs['input'] = '' if _text_wanted(kwargs) else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run the command, wait for it, and return a CompletedProcess. input is sent to its
    stdin; capture_output collects stdout and stderr; check=True raises
    CalledProcessError for a non-zero exit status; when timeout runs out the child is
    killed and TimeoutExpired raised."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as child:
        try:
            out, err = child.communicate(input, timeout=timeout)
        except TimeoutExpired as expired:
            child.kill()
            child.wait()
            # what the child wrote before it was killed goes with the exception
            expired.stdout = child._drain(child.stdout)
            expired.stderr = child._drain(child.stderr)
            raise
        except BaseException:
            child.kill()
            raise
        status = child.poll()
    if check and status:
        raise CalledProcessError(status, child.args, output=out, stderr=err)
    return CompletedProcess(child.args, status, out, err)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of cmd run by the shell, its stderr merged into its stdout
    and one trailing newline removed."""
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as failed:
        text, status = failed.output, failed.returncode
    return status, text[:-1] if text.endswith('\n') else text


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of cmd run by the shell (see getstatusoutput)."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _quote_for_windows(arg):
    """One argument as the Microsoft C runtime reads it back: quoted when it holds a space
    or tab or is empty; a run of backslashes is doubled when a quote follows it (the
    argument's own quote, escaped as \\", or the closing one)."""
    quoted = not arg or ' ' in arg or '\t' in arg
    out = []
    backslashes = 0
    for char in arg:
        if char == '\\':
            backslashes += 1
            continue
        if char == '"':
            out.append('\\' * (2 * backslashes) + '\\"')
        else:
            out.append('\\' * backslashes + char)
        backslashes = 0
    out.append('\\' * (backslashes * (2 if quoted else 1)))
    text = ''.join(out)
    return '"' + text + '"' if quoted else text


def list2cmdline(seq):
    """A sequence of arguments as one Windows command line (the Microsoft C runtime's
    quoting rules)."""
    return ' '.join(_quote_for_windows(arg) for arg in map(os.fsdecode, seq))
