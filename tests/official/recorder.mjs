// One recording loopback server for the identity tests: every request is kept as it arrived
// (method, raw URL, headers, body bytes), and answered by `answer(request)` (by default an
// envelope with an empty `data`).
import http from "node:http";

const ENVELOPE = { status: 200, type: "application/json", body: JSON.stringify({ statusCode: 200, message: "ok", requestId: "r", data: {} }) };

export async function recorder(answer = () => ENVELOPE) {
  const seen = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const bytes = Buffer.concat(chunks);
      const rec = { method: req.method, rawUrl: req.url, headers: req.headers, bytes, text: bytes.toString("utf8") };
      seen.push(rec);
      const a = answer(rec) ?? ENVELOPE;
      res.writeHead(a.status ?? 200, { "content-type": a.type ?? "application/json" });
      res.end(a.body);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    seen,
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
    /** The one request `fn` makes (it must make exactly one). */
    async record(fn) {
      const before = seen.length;
      await fn();
      if (seen.length !== before + 1) throw new Error(`${seen.length - before} requests where one was expected`);
      return seen.at(-1);
    },
  };
}
