# Interview classics that force threads to print in a fixed order: odd/even with a Condition,
# "first/second/third" with Events, FooBar alternation with Semaphores, ZeroEvenOdd, and
# multithreaded FizzBuzz with a shared counter under a Condition.
import threading


def odd_even(limit):
    cond = threading.Condition()
    state = {"n": 1}
    out = []

    def printer(parity):
        while True:
            with cond:
                cond.wait_for(lambda: state["n"] > limit or state["n"] % 2 == parity)
                if state["n"] > limit:
                    return
                out.append(f"{'odd' if parity else 'even'}:{state['n']}")
                state["n"] += 1
                cond.notify_all()

    ts = [threading.Thread(target=printer, args=(p,)) for p in (1, 0)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(" ".join(out))


def print_in_order():
    first_done, second_done = threading.Event(), threading.Event()
    out = []

    def first():
        out.append("first")
        first_done.set()

    def second():
        first_done.wait()
        out.append("second")
        second_done.set()

    def third():
        second_done.wait()
        out.append("third")

    ts = [threading.Thread(target=f) for f in (third, second, first)]  # started in reverse
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("".join(w[0] for w in out), out)


def foo_bar(n):
    foo_turn, bar_turn = threading.Semaphore(1), threading.Semaphore(0)
    out = []

    def foo():
        for _ in range(n):
            foo_turn.acquire()
            out.append("foo")
            bar_turn.release()

    def bar():
        for _ in range(n):
            bar_turn.acquire()
            out.append("bar")
            foo_turn.release()

    ts = [threading.Thread(target=bar), threading.Thread(target=foo)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("".join(out))


def zero_even_odd(n):
    zero_sem, odd_sem, even_sem = threading.Semaphore(1), threading.Semaphore(0), threading.Semaphore(0)
    out = []

    def zero():
        for i in range(1, n + 1):
            zero_sem.acquire()
            out.append("0")
            (odd_sem if i % 2 else even_sem).release()

    def odd():
        for i in range(1, n + 1, 2):
            odd_sem.acquire()
            out.append(str(i))
            zero_sem.release()

    def even():
        for i in range(2, n + 1, 2):
            even_sem.acquire()
            out.append(str(i))
            zero_sem.release()

    ts = [threading.Thread(target=f) for f in (even, odd, zero)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("".join(out))


def fizz_buzz(n):
    cond = threading.Condition()
    current = [1]
    out = []

    def run(test, render):
        while True:
            with cond:
                cond.wait_for(lambda: current[0] > n or test(current[0]))
                if current[0] > n:
                    return
                out.append(render(current[0]))
                current[0] += 1
                cond.notify_all()

    workers = [
        (lambda i: i % 3 == 0 and i % 5 != 0, lambda i: "fizz"),
        (lambda i: i % 5 == 0 and i % 3 != 0, lambda i: "buzz"),
        (lambda i: i % 15 == 0, lambda i: "fizzbuzz"),
        (lambda i: i % 3 != 0 and i % 5 != 0, str),
    ]
    ts = [threading.Thread(target=run, args=w) for w in workers]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(", ".join(out))


odd_even(12)
print_in_order()
foo_bar(5)
zero_even_odd(9)
fizz_buzz(20)
print("threads left:", threading.active_count())
