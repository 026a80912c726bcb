# A deque iterator reports a change of shape first, also after the walk ended; assignment is no change.
from collections import deque

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

attempt("append in loop", lambda: [dq.append(1) for dq in [deque([1])] for _ in dq])
d = deque([1]); it = iter(d); print(next(it))
attempt("exhausted", lambda: next(it))
d.append(2)
attempt("after append", lambda: next(it))
attempt("again", lambda: next(it))
d3 = deque([1, 2]); it3 = reversed(d3); next(it3); d3.appendleft(0)
attempt("reversed", lambda: next(it3))
d4 = deque([1]); it4 = iter(d4); d4[0] = 5
attempt("setitem", lambda: next(it4))
d5 = deque(range(5))
attempt("rotate", lambda: [d5.rotate(1) for _ in d5])
q = deque([1, 2, 3])
for x in q:
    if x == 2:
        q.remove(3)
        break
print(list(q))
