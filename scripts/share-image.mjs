// @ts-check
// Draws web/public/share-default.png, the neutral default share image (og:image, 1200 × 630), with
// Debian's Chromium and the system's DejaVu font: no third-party asset. Run it again after changing
// the text or colours: `node scripts/share-image.mjs`.
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { display: flex; flex-direction: column; justify-content: center; gap: 28px; padding: 0 96px; box-sizing: border-box;
    background: #115e59; color: #fff; font-family: 'DejaVu Sans', sans-serif; }
  .mark { display: flex; align-items: center; gap: 32px; }
  h1 { font-size: 96px; margin: 0; letter-spacing: -1px; }
  p { font-size: 44px; margin: 0; color: #ccfbf1; }
</style></head><body>
  <div class="mark">
    <svg width="128" height="128" viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="6" fill="#fff"/>
      <path d="M16 25s-9-5.2-9-11.2A4.8 4.8 0 0 1 16 11a4.8 4.8 0 0 1 9 2.8C25 19.8 16 25 16 25z" fill="#115e59"/></svg>
    <h1>Stödportalen</h1>
  </div>
  <p>Stöd och information i Karlskoga</p>
</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(html);
  const png = await page.screenshot({ type: 'png' });
  await writeFile(new URL('../web/public/share-default.png', import.meta.url), png);
} finally {
  await browser.close();
}
