# Chaining futures: a fetch -> parse -> store pipeline where each stage's done-callback submits
# the next stage to another pool; a final Future per item is completed by the last stage.
# Results are printed in item order; an item that fails at any stage is reported with the
# stage and the error.
import concurrent.futures
import json
import threading

RAW = {
    "user/1": '{"name": "Ada", "langs": ["python", "c"]}',
    "user/2": '{"name": "Linus", "langs": ["c"]}',
    "user/3": '{"name": "Grace", langs: []}',
    "user/4": None,
    "user/5": '{"name": "Guido", "langs": ["python", "abc", "c"]}',
}
fetch_pool = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetch")
work_pool = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="work")
database = {}
db_lock = threading.Lock()


def fetch(key):
    body = RAW[key]
    if body is None:
        raise ConnectionError(f"timeout fetching {key}")
    return body


def parse(body):
    return json.loads(body)


def store(key, record):
    with db_lock:
        database[key] = record
    return f"{record['name']} ({len(record['langs'])} languages)"


def run_pipeline(key):
    final = concurrent.futures.Future()

    def fail(stage, exc):
        final.set_exception(RuntimeError(f"{stage} failed for {key}: {type(exc).__name__}"))

    def after_parse(f):
        if f.exception():
            return fail("parse", f.exception())
        s = work_pool.submit(store, key, f.result())
        s.add_done_callback(lambda g: final.set_result(g.result()) if not g.exception() else fail("store", g.exception()))

    def after_fetch(f):
        if f.exception():
            return fail("fetch", f.exception())
        work_pool.submit(parse, f.result()).add_done_callback(after_parse)

    fetch_pool.submit(fetch, key).add_done_callback(after_fetch)
    return final


finals = {key: run_pipeline(key) for key in RAW}
concurrent.futures.wait(list(finals.values()), timeout=10)
for key, fut in finals.items():
    try:
        print(f"{key}: stored {fut.result()}")
    except RuntimeError as e:
        print(f"{key}: {e} (cause kept: {e.__cause__ is None})")
fetch_pool.shutdown()
work_pool.shutdown()
print("database keys:", sorted(database))
langs = sorted({lang for rec in database.values() for lang in rec["langs"]})
print("all languages:", langs)
print("python users:", sorted(rec["name"] for rec in database.values() if "python" in rec["langs"]))
