#!/usr/bin/env node
// Lighthouse 12 (mobile preset, the default) on home, plan, directory and an event page, with
// Debian's Chromium. Prints the four category scores per page (goal: 100 each).
//   npm ci --prefix bench && node bench/lighthouse.mjs [base URL, default http://127.0.0.1:3000] [event path]
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const base = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');

async function firstEventPath() {
  const html = await (await fetch(`${base}/kalender`)).text();
  return /href="(\/kalender\/(?!arkiv|typ|rss|atom|tipsa)[^"?#.]+)"/.exec(html)?.[1] ?? '/kalender';
}

const paths = ['/', '/handlingsplan', '/stod', process.argv[3] ?? (await firstEventPath())];
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows = [];
try {
  for (const path of paths) {
    const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (result?.lhr.runtimeError) console.error(path, result.lhr.runtimeError.code, result.lhr.runtimeError.message);
    const categories = result?.lhr.categories ?? {};
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(result?.lhr.audits ?? {})
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    rows.push({ path, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'), failing: failing.join(' ') });
  }
} finally {
  await chrome.kill();
}
console.table(rows);
