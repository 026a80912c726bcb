// HTTP from threads, against a real server on 127.0.0.1 started here: a request parks only its
// own thread, so ten requests that each take 500 ms finish together in about 500 ms (the bound
// below is a behavioural check — well under the 5 s a serialised run would take — not a speed
// limit), and other threads keep running meanwhile.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInTemp } from "./io-helpers.js";
// @ts-expect-error: a plain .mjs module shared with the generator script
import { startServer } from "./http-server.mjs";

let server: { base: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

/** Runs Python source under the CLI in a temp dir; the dir is removed unless `keep`. */
async function run(source: string, keep = false) {
  const dir = mkdtempSync(join(tmpdir(), "pygil-http-src-"));
  const file = join(dir, "prog.py");
  writeFileSync(file, source);
  const r = await runInTemp(file, "", { BASE: server.base });
  rmSync(dir, { recursive: true, force: true });
  if (!keep) rmSync(r.tmp, { recursive: true, force: true });
  return r;
}

function elapsed(stdout: string): number {
  const m = /elapsed (\d+\.\d+)/.exec(stdout);
  if (!m) throw new Error("no elapsed line in: " + stdout);
  return Number(m[1]);
}

describe("HTTP from threads", () => {
  it("ten threads fetching 500 ms responses with requests finish together", async () => {
    const r = await run(`
import os, threading, time, requests
B = os.environ['BASE']
results = {}
def fetch(i):
    resp = requests.get(f'{B}/slow?ms=500&i={i}')
    results[i] = (resp.status_code, resp.text)
t0 = time.perf_counter()
threads = [threading.Thread(target=fetch, args=(i,)) for i in range(10)]
for t in threads: t.start()
for t in threads: t.join()
print('elapsed %.3f' % (time.perf_counter() - t0))
print(sorted(results.items()) == [(i, (200, f'slow {i}')) for i in range(10)])
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("True");
    const secs = elapsed(r.stdout);
    expect(secs).toBeGreaterThanOrEqual(0.45);
    expect(secs).toBeLessThan(3);
  }, 30000);

  it("ten threads with urllib.request finish together too", async () => {
    const r = await run(`
import os, threading, time, urllib.request
B = os.environ['BASE']
bodies = []
def fetch(i):
    with urllib.request.urlopen(f'{B}/slow?ms=500&i={i}') as resp:
        bodies.append(resp.read().decode())
t0 = time.perf_counter()
threads = [threading.Thread(target=fetch, args=(i,)) for i in range(10)]
for t in threads: t.start()
for t in threads: t.join()
print('elapsed %.3f' % (time.perf_counter() - t0))
print(sorted(bodies) == sorted(f'slow {i}' for i in range(10)))
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("True");
    const secs = elapsed(r.stdout);
    expect(secs).toBeGreaterThanOrEqual(0.45);
    expect(secs).toBeLessThan(3);
  }, 30000);

  it("a thread waiting on the network doesn't stop the others", async () => {
    const r = await run(`
import os, threading, time, requests
B = os.environ['BASE']
done = threading.Event()
ticks = []
def slow():
    requests.get(B + '/slow?ms=600')
    done.set()
def ticker():
    while not done.is_set():
        ticks.append(time.perf_counter())
        time.sleep(0.05)
a = threading.Thread(target=slow); b = threading.Thread(target=ticker)
a.start(); b.start(); a.join(); b.join()
print('ticks', len(ticks))
`);
    expect(r.stderr).toBe("");
    const n = Number(/ticks (\d+)/.exec(r.stdout)![1]);
    expect(n).toBeGreaterThanOrEqual(5);
  }, 30000);

  it("a timeout ends only the thread that asked for it", async () => {
    const r = await run(`
import os, threading, time, requests
B = os.environ['BASE']
out = []
def hang():
    try:
        requests.get(B + '/hang', timeout=2.0)
    except requests.Timeout as e:
        out.append('timeout ' + type(e).__name__)
def fast():
    for i in range(3):
        out.append(requests.get(B + '/hello').status_code)
t0 = time.perf_counter()
ts = [threading.Thread(target=hang), threading.Thread(target=fast)]
for t in ts: t.start()
for t in ts: t.join()
print(out)
print('elapsed %.3f' % (time.perf_counter() - t0))
`);
    expect(r.stderr).toBe("");
    // the fast thread's three requests finish while the other waits out its 2 s timeout
    // (2 s, not less: on a loaded machine three requests have taken a second)
    expect(r.stdout).toContain("[200, 200, 200, 'timeout ReadTimeout']");
    expect(elapsed(r.stdout)).toBeGreaterThanOrEqual(1.9);
    expect(elapsed(r.stdout)).toBeLessThan(8);
  }, 30000);

  it("streamed downloads written to files from threads (the seed pattern)", async () => {
    const r = await run(`
import os, threading, time, requests
B = os.environ['BASE']
def download(n, name):
    resp = requests.get(f'{B}/bytes?n={n}', stream=True)
    with open(name, 'wb') as f:
        for chunk in resp.iter_content(1024):
            f.write(chunk)
            time.sleep(0.05)
    print('Downloaded', name)
t0 = time.perf_counter()
jobs = [(3000, 'a.bin'), (5000, 'b.bin'), (2048, 'c.bin')]
threads = [threading.Thread(target=download, args=job) for job in jobs]
for t in threads: t.start()
for t in threads: t.join()
for n, name in jobs:
    data = open(name, 'rb').read()
    print(name, len(data) == n, data == bytes((i * 7) & 255 for i in range(n)))
print('elapsed %.3f' % (time.perf_counter() - t0))
`);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n").filter((l) => l.startsWith("Downloaded")).sort()).toEqual(["Downloaded a.bin", "Downloaded b.bin", "Downloaded c.bin"]);
    expect(r.stdout).toContain("a.bin True True\nb.bin True True\nc.bin True True");
    // 5 chunks of b.bin at 50 ms each bound the run, not the sum of all chunks (~0.5 s)
    expect(elapsed(r.stdout)).toBeLessThan(3);
  }, 30000);

  it("errors in threads are reported per thread, as CPython's excepthook prints them", async () => {
    const r = await run(`
import threading, requests
def download_image(url):
    requests.get(url)
threads = [threading.Thread(target=download_image, args=[u]) for u in ['', '']]
for t in threads: t.start()
for t in threads: t.join()
print('main done')
`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("main done\n");
    const lines = r.stderr.split("\n");
    expect(lines.filter((l) => /^Exception in thread Thread-\d+ \(download_image\):$/.test(l))).toHaveLength(2);
    expect(lines.filter((l) => l === "requests.exceptions.MissingSchema: Invalid URL '': No scheme supplied. Perhaps you meant https://?")).toHaveLength(2);
  }, 30000);

  it("many sequential requests on one Session reuse the connection and stay correct", async () => {
    const r = await run(`
import os, requests
B = os.environ['BASE']
s = requests.Session()
codes = [s.get(f'{B}/echo?i={i}').json()['path'] for i in range(50)]
print(codes == [f'/echo?i={i}' for i in range(50)])
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("True\n");
  }, 30000);
});

describe("the download seeds' files", () => {
  it("keeps the bytes the server sent", async () => {
    const r = await run(`
import os, requests
B = os.environ['BASE']
image = requests.get(B + '/bytes?n=256')
with open('img.png', 'wb') as f:
    f.write(image.content)
print(len(image.content), image.headers['Content-Length'])
`, true);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("256 256\n");
    const expected = Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 7) & 255));
    expect(readFileSync(join(r.tmp, "img.png")).equals(expected)).toBe(true);
    rmSync(r.tmp, { recursive: true, force: true });
  }, 30000);
});
