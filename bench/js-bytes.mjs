#!/usr/bin/env node
// Prints the JavaScript each route sends, gzipped, against a running portal:
//   node bench/js-bytes.mjs [base URL, default http://127.0.0.1:3000] [extra paths…]
// Counts every <script src> and <link rel="modulepreload"> of the page (inline scripts too).
import { gzipSync } from 'node:zlib';

const base = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const paths = process.argv.slice(3).length > 0 ? process.argv.slice(3) : [
  '/', '/handlingsplan', '/unga', '/stod', '/kalender', '/kalender/arkiv', '/kampanjer', '/begrepp',
  '/for-personal', '/sok?q=sex', '/dolj-ditt-besok', '/tillganglighet', '/integritet', '/en', '/en/handlingsplan',
];
const BUDGET = 20 * 1024;

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const attr = (tag, name) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];

const rows = [];
for (const path of paths) {
  const response = await fetch(base + path);
  const html = await response.text();
  const urls = new Set();
  let inline = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(match[1], 'src');
    if (src) urls.add(src);
    else if (match[2].trim()) inline += gz(match[2]);
  }
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = attr(match[0], 'href');
    if (href) urls.add(href);
  }
  let bytes = inline;
  for (const url of urls) bytes += gz(await (await fetch(new URL(url, base + path))).text());
  rows.push({ path, status: response.status, files: urls.size, gzipBytes: bytes, withinBudget: bytes <= BUDGET });
}
console.table(rows);
const over = rows.filter((row) => !row.withinBudget);
console.log(over.length === 0 ? `All ${rows.length} routes within ${BUDGET} gzipped bytes of JavaScript.` : `${over.length} routes over ${BUDGET} bytes.`);
