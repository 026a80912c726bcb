# contextvars: get/set/reset with tokens, copy_context, Context.run, and a separate
# context per thread.
import contextvars
import threading

request = contextvars.ContextVar('request', default='none')
user = contextvars.ContextVar('user')

print(request.get(), request.name, user.get('fallback'))
try:
    user.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0].name)

t1 = request.set('r1')
t2 = request.set('r2')
print(request.get(), t2.old_value, t1.old_value is contextvars.Token.MISSING, t1.var is request)
print(repr(contextvars.Token.MISSING))
request.reset(t2)
print(request.get())
request.reset(t1)
print(request.get())
for bad, tok in [('used', t1), ('other var', user.set('u'))]:
    try:
        request.reset(tok)
    except (RuntimeError, ValueError) as e:
        print(bad, type(e).__name__, str(e).split(' var=')[0], '...', str(e).split('> ')[-1])

ctx = contextvars.copy_context()
print(type(ctx).__name__, len(ctx), ctx[user], user in ctx, request in ctx, ctx.get(request, 'dflt'))
print(sorted(v.name for v in ctx), list(ctx.values()))
try:
    ctx['x']
except TypeError as e:
    print('TypeError', e)


def work(n):
    request.set('in-run-%d' % n)
    return request.get(), user.get()


print(ctx.run(work, 1), request.get(), ctx[request])
print(ctx.run(lambda: request.get()))
tok = ctx.run(request.set, 'x')
try:
    request.reset(tok)
except ValueError as e:
    print('ValueError', str(e).split('> ')[-1])


def nested():
    ctx.run(nested)


try:
    ctx.run(nested)
except RuntimeError as e:
    print('RuntimeError', str(e).split(':')[0])

copy = ctx.copy()
copy.run(request.set, 'changed in copy')
print(ctx[request], copy[request], ctx == copy, contextvars.Context() == contextvars.Context())
print(len(contextvars.Context()))

# each thread starts with an empty context
seen = []
lock = threading.Lock()


def thread_body(i):
    before = request.get()
    request.set('thread-%d' % i)
    with lock:
        seen.append((i, before, request.get(), user.get('no user')))


threads = [threading.Thread(target=thread_body, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen), request.get(), user.get())

# a thread can run code in a context copied from another
snapshot = contextvars.copy_context()
out = []
t = threading.Thread(target=lambda: out.append(snapshot.run(user.get)))
t.start()
t.join()
print(out)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    contextvars.ContextVar(3)
except TypeError as e:
    print('TypeError', e)
print(contextvars.ContextVar[str], sorted(contextvars.__all__))
