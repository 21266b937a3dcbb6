// Node's ceiling for bench/run-all.mjs: a bare http server answering every request with the bytes
// of one file from memory (no routing, no headers beyond what a page needs).
//   node bench/bare-node.mjs <file> <port>
import fs from 'node:fs';
import http from 'node:http';

const [file, port] = process.argv.slice(2);
const body = fs.readFileSync(file);
const headers = [['Content-Type', 'text/html; charset=utf-8'], ['Content-Length', String(body.length)]];
http
  .createServer((_req, res) => {
    res.writeHead(200, headers.flat());
    res.end(body);
  })
  .listen(Number(port), '127.0.0.1');
