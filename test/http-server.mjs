// The HTTP server the io/http tests fetch from (never a mock: a real server on 127.0.0.1).
// Used in process by the vitest files, and as a program by scripts/gen-io-expected.py, which
// runs CPython against it: `node test/http-server.mjs` prints "PORT <n>" and serves until killed.
import http from "node:http";
import zlib from "node:zlib";

const routes = {
  "/hello": (req, res) => {
    res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8", "X-Test": "yes" });
    res.end("hello world\nline2\n");
  },
  "/text-latin1": (req, res) => {
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  },
  "/json": (req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ a: 1, b: [1, 2.5, null], c: "é", d: { e: true } }));
  },
  "/badjson": (req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end("not json");
  },
  "/slow": (req, res, u) => {
    const ms = Number(u.searchParams.get("ms") ?? 500);
    setTimeout(() => {
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.end(`slow ${u.searchParams.get("i") ?? ""}`);
    }, ms);
  },
  "/redirect": (req, res) => {
    res.writeHead(302, { Location: "/hello" });
    res.end("moved");
  },
  "/redirect301": (req, res) => {
    res.writeHead(301, { Location: "/echo" });
    res.end();
  },
  "/redirect303": (req, res) => {
    res.writeHead(303, { Location: "/echo" });
    res.end();
  },
  "/redirect307": (req, res) => {
    res.writeHead(307, { Location: "/echo" });
    res.end();
  },
  "/redirect-abs": (req, res) => {
    res.writeHead(302, { Location: `http://${req.headers.host}/hello?from=abs` });
    res.end();
  },
  "/loop": (req, res) => {
    res.writeHead(302, { Location: "/loop" });
    res.end();
  },
  "/gzip": (req, res) => {
    res.writeHead(200, { "Content-Encoding": "gzip", "Content-Type": "text/plain" });
    res.end(zlib.gzipSync("compressed hello"));
  },
  "/cookies": (req, res) => {
    res.writeHead(200, [["Set-Cookie", "a=1; Path=/"], ["Set-Cookie", "b=2"], ["Content-Type", "text/plain"]]);
    res.end("ok");
  },
  "/chunks": (req, res) => {
    res.writeHead(200, { "Content-Type": "text/plain" });
    let i = 0;
    const t = setInterval(() => {
      res.write(`chunk${i}\n`);
      if (++i === 5) {
        clearInterval(t);
        res.end();
      }
    }, 20);
  },
  "/bytes": (req, res, u) => {
    const n = Number(u.searchParams.get("n") ?? 3000);
    const body = Buffer.from(Array.from({ length: n }, (_, i) => (i * 7) & 255));
    res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": body.length });
    res.end(body);
  },
  "/hang": () => {
    /* never answers */
  },
  "/close": (req) => {
    req.socket.destroy();
  },
  "/headers": (req, res) => {
    res.writeHead(200, [["Content-Type", "text/plain"], ["X-Multi", "one"], ["X-Multi", "two"], ["X-Empty", ""]]);
    res.end("h");
  },
};

function statusRoute(req, res, u) {
  const code = Number(u.pathname.slice("/status/".length));
  res.writeHead(code, { "Content-Type": "text/plain" });
  res.end(code === 204 || code === 304 ? undefined : `status ${code}`);
}

/** Starts the server on 127.0.0.1 (a free port); resolves to { base, close }. */
export function startServer() {
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (d) => chunks.push(d));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const u = new URL(req.url, "http://x");
      const route = routes[u.pathname];
      if (route) return route(req, res, u);
      if (u.pathname.startsWith("/status/")) return statusRoute(req, res, u);
      // /echo and anything else: what the server received
      const headers = {};
      for (const [k, v] of Object.entries(req.headers)) if (!["host", "connection", "user-agent"].includes(k)) headers[k] = v;
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ method: req.method, path: req.url, headers, body: body.toString("latin1") }));
    });
  });
  server.keepAliveTimeout = 1000;
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const base = `http://127.0.0.1:${server.address().port}`;
      resolve({ base, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) });
    });
  });
}

// run as a program: serve until killed
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const { base } = await startServer();
  console.log(`PORT ${base.split(":").pop()}`);
}
