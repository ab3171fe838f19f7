// The least server: answers every request with the documented success envelope and does no
// work of its own, so that client differences show. Prints its URL as one JSON line; exits
// when its standard input closes. Loopback only.
import http from "node:http";

const body = JSON.stringify({ statusCode: 200, message: "操作成功", apiCode: 20001, requestId: "934108e5-9fbf-4d24-8da1-c330328abd6c", data: { success: true } });
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` }));
});
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
