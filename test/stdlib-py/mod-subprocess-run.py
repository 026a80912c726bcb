# subprocess: run/check_output/call/Popen with pipes, text mode, input, errors, timeouts,
# signals, cwd/env, and a wait that leaves the other threads running.
import os
import subprocess
import sys
import threading
import time

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('CalledProcessError:', e, e.returncode, repr(e.stdout), repr(e.stderr), e.output == e.stdout)
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print('CalledProcessError:', e, e.returncode, e.cmd)
print(subprocess.check_output(['cat'], input=b'piped input\n'))
print(repr(subprocess.check_output('echo $((1+2))', shell=True, text=True)))
print(repr(subprocess.check_output(['printf', 'a\\r\\nb\\n'], text=True)))
print(subprocess.check_output(['printf', 'a\\r\\nb\\n']))
for bad in [['no-such-program-xyz'], ['/etc/passwd']]:
    try:
        subprocess.run(bad)
    except OSError as e:
        print(type(e).__name__, e)
try:
    subprocess.run(['pwd'], cwd='/no/such/dir')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    subprocess.run(['sleep', '5'], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired:', str(e).split(' timed out')[0], isinstance(e, subprocess.SubprocessError))
print(str(subprocess.TimeoutExpired(['x'], 2)))

p = subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo line $i; done'], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print('got', line.rstrip())
print(p.wait(), p.returncode, p.poll())
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'to cat\n')
print(out, err, p.returncode)
p = subprocess.Popen(['sh', '-c', 'read x; echo "you said $x"'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True)
p.stdin.write('hi\n')
p.stdin.flush()
print(p.stdout.readline().rstrip(), p.wait())

print(repr(subprocess.getoutput('echo hi; echo there >&2')), subprocess.getstatusoutput('exit 2'))
print(subprocess.call(['true']), subprocess.call(['sh', '-c', 'exit 7']), subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e:
    print(e)
r = subprocess.run(['sh', '-c', 'echo a; sleep 0.1; echo b >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
print(subprocess.run(['echo', 'gone'], stdout=subprocess.DEVNULL).stdout)

p = subprocess.Popen(['sleep', '10'])
p.terminate()
print('terminated', p.wait())
p = subprocess.Popen(['sleep', '10'])
p.kill()
print('killed', p.wait())
try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.run(['pwd'], cwd='/tmp', capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}, capture_output=True).stdout)
os.environ['PYGIL_SUBPROCESS_TEST'] = 'inherited'
print(subprocess.run(['sh', '-c', 'echo $PYGIL_SUBPROCESS_TEST'], capture_output=True, text=True).stdout.strip())
with subprocess.Popen(['echo', 'with'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
for bad in [lambda: subprocess.run(['true'], input=b'x', stdin=subprocess.PIPE),
            lambda: subprocess.run(['true'], capture_output=True, stdout=subprocess.PIPE),
            lambda: subprocess.check_output(['true'], stdout=subprocess.PIPE)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)

# the other threads keep running while one waits for a child
ticks = []
stop = threading.Event()


def ticker():
    while not stop.is_set():
        ticks.append(1)
        time.sleep(0.02)


t = threading.Thread(target=ticker)
t.start()
subprocess.run(['sleep', '0.3'])
stop.set()
t.join()
print('ticks while waiting', len(ticks) >= 5)

# sys.executable starts the same interpreter again
r = subprocess.run([sys.executable, '-c', 'import sys; print(6 * 7, sys.argv); sys.exit(5)'],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run([sys.executable, '-c', 'print(input()[::-1])'], input='stressed\n', capture_output=True, text=True)
print(repr(r.stdout))

sys.stdout.flush()
subprocess.run(['echo', 'inherited stdout'])
print('last line')
