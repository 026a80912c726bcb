"""Subprocesses with accessible I/O streams

This module allows you to spawn processes, connect to their input/output/error pipes, and
obtain their return codes.

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

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit
    status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a child
    process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" % (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """A process that has finished running (what run() returns)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    from types import GenericAlias as _GenericAlias
    __class_getitem__ = classmethod(_GenericAlias)
    del _GenericAlias


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
    """Execute a child program in a new process."""

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
        obj_repr = (f"<{self.__class__.__name__}: "
                    f"returncode: {self.returncode} args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        finally:
            if exc_type == KeyboardInterrupt:
                self.wait(timeout=0.25) if self.returncode is None else None
            else:
                self.wait()

    def poll(self):
        """Check if child process has terminated. Set and return returncode attribute."""
        if self.returncode is None and self._handle is not None:
            self.returncode = _native.poll(self._handle)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        rc = _native.wait(self._handle, -1 if timeout is None else float(timeout))
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        return rc

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it. Read data from stdout
        and stderr, until end-of-file is reached. Wait for process to terminate.

        Returns a tuple (stdout, stderr)."""
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
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        _native.send_signal(self._handle, int(sig))

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(signal.SIGKILL)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or timeout, then return
    the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If the exit code was
    zero then return, otherwise raise CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            exc.stdout, exc.stderr = process._drain(process.stdout), process._drain(process.stderr)
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string, using the MS C
    runtime rules."""
    result = []
    needquote = False
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)
