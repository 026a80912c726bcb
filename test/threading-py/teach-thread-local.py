# threading.local: each thread sees its own attributes, e.g. a per-thread "request context" or
# database connection; a subclass of local runs __init__ once per thread with the same args.
import threading

context = threading.local()
context.user = "main-user"
results = {}
lock = threading.Lock()


def handle_request(user, items):
    context.user = user
    context.items = []
    for it in items:
        add_item(it)
    with lock:
        results[user] = (context.user, list(context.items), hasattr(context, "secret"))


def add_item(item):
    context.items.append(f"{context.user}:{item}")


threads = [threading.Thread(target=handle_request, args=(f"user{i}", range(i + 1))) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for user in sorted(results):
    print(user, results[user])
print("main still sees:", context.user, "has items:", hasattr(context, "items"))


class Connection(threading.local):
    created = 0
    lock = threading.Lock()

    def __init__(self, dsn):
        with Connection.lock:
            Connection.created += 1
        self.dsn = dsn
        self.queries = []

    def query(self, sql):
        self.queries.append(sql)
        return len(self.queries)


conn = Connection("db://local")
conn.query("SELECT 1")
seen = []


def use_connection(n):
    for i in range(n):
        conn.query(f"SELECT {i}")
    with lock:
        seen.append((n, conn.dsn, len(conn.queries)))


ts = [threading.Thread(target=use_connection, args=(n,)) for n in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("per-thread connections:", sorted(seen))
print("main queries:", conn.queries)
print("__init__ ran:", Connection.created, "times")

# attributes of a local can be deleted per thread; missing ones raise AttributeError
loc = threading.local()
loc.x = 1
del loc.x
try:
    loc.x
except AttributeError as e:
    print("AttributeError:", e)


def check_empty():
    print("new thread sees x?", hasattr(loc, "x"), "dict:", loc.__dict__)


loc.y = 2
t = threading.Thread(target=check_empty)
t.start()
t.join()
print("main dict:", loc.__dict__)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
