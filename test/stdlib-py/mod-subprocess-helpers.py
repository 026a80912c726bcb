# subprocess: the pieces that need no child or only a shell: list2cmdline's quoting,
# the exceptions' messages and attributes, CompletedProcess, the argument checks of run and
# check_output, getstatusoutput/getoutput, call/check_call and Popen's repr.
import signal
import subprocess as sp

for seq in [['a', 'b c', ''], ['x"y', 'a\\b', 'a\\\\"b', 'tr\\'], ['sp ace\\', 'tab\there\\\\'],
            ['\\"', '"', 'plain'], [], ['a b\\"c\\\\']]:
    print(repr(sp.list2cmdline(seq)))

for e in [sp.CalledProcessError(1, 'false'), sp.CalledProcessError(2, ['ls', 'x'], b'out', b'err'),
          sp.CalledProcessError(-signal.SIGKILL, 'sleep'), sp.CalledProcessError(-200, 'odd'),
          sp.CalledProcessError(0, 'ok'), sp.TimeoutExpired('sleep 9', 0.5), sp.TimeoutExpired(['x'], 3, b'o')]:
    print(type(e).__name__, str(e), e.args, e.cmd, e.output, e.stdout, e.stderr)
e = sp.CalledProcessError(3, 'c', output='before')
e.stdout = 'after'
print(e.output, e.stdout, [c.__name__ for c in sp.CalledProcessError.__mro__],
      [c.__name__ for c in sp.TimeoutExpired.__mro__], sp.CalledProcessError.stdout.__doc__ is not None)

c = sp.CompletedProcess(['a'], 0)
print(c, sp.CompletedProcess('x', 1, b'o'), sp.CompletedProcess('x', 1, None, 'e'), sp.CompletedProcess('x', 2, 'o', 'e'))
c.check_returncode()
try:
    sp.CompletedProcess('x', 5, 'o', 'e').check_returncode()
except sp.CalledProcessError as err:
    print('CalledProcessError', err, err.output, err.stderr)
print(sp.CompletedProcess[bytes], sp.PIPE, sp.STDOUT, sp.DEVNULL)

for kw in [dict(stdout=sp.PIPE), dict(check=True), dict(stdin=sp.PIPE, input=b'x')]:
    try:
        sp.check_output(['true'], **kw)
    except ValueError as err:
        print('ValueError', err)
for kw in [dict(stdin=sp.PIPE, input='x'), dict(capture_output=True, stdout=sp.PIPE),
           dict(capture_output=True, stderr=sp.DEVNULL)]:
    try:
        sp.run(['true'], **kw)
    except ValueError as err:
        print('ValueError', err)

print(sp.getstatusoutput('echo hi; echo there >&2; exit 3'))
print(sp.getstatusoutput('printf "two\\n\\n"'), sp.getoutput('echo out'), repr(sp.getoutput('true')))
print(sp.call(['sh', '-c', 'exit 4']), sp.call('exit 0', shell=True), sp.check_call(['true']))
for args, kw in [((['sh', '-c', 'exit 2'],), {}), ((), {'args': 'exit 7', 'shell': True})]:
    try:
        sp.check_call(*args, **kw)
    except sp.CalledProcessError as err:
        print('CalledProcessError', err, err.cmd, err.output)
print(repr(sp.check_output(['echo', 'x'], input=None)), repr(sp.check_output('cat', shell=True, input=None, text=True)))
try:
    sp.check_output(['sh', '-c', 'echo partial; exit 1'])
except sp.CalledProcessError as err:
    print(err, err.output)
r = sp.run(['sh', '-c', 'echo o; echo e >&2; exit 1'], capture_output=True, text=True)
print(r, r.returncode)
try:
    sp.run(['sh', '-c', 'exit 9'], check=True)
except sp.CalledProcessError as err:
    print(err)
p = sp.Popen(['true'])
p.wait()
print(repr(p).replace(str(p.pid), 'PID'))
p = sp.Popen(['echo', 'x' * 100], stdout=sp.DEVNULL)
p.wait()
print(repr(p), len(repr(p)))
with sp.Popen(['cat'], stdin=sp.PIPE, stdout=sp.DEVNULL) as p:
    p.stdin.write(b'piped')
print(p.returncode)
