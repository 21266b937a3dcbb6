// The document entry renders whole pages through Remix: every page must be valid UTF-8 without a
// NUL, wherever its multi-byte characters fall (React's streaming renderer split them at its buffer
// boundaries: facebook/react#24985, #31134). A real Remix request handler runs the real entry with
// one root route whose page is crafted so that å, ä, ö and emoji land on every offset around 16 KiB.
import { createRequestHandler, type ServerBuild } from '@remix-run/node';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import * as entry from './entry.server';
import { newRequestState } from './utils/request-state.server';

const MULTI_BYTE = ['å', 'ä', 'ö', 'Å', '😀', '€'];
const PARAGRAPHS = 400;
/** Two emoji in each paragraph whose mark is the emoji. */
const EMOJI_COUNT = 2 * Array.from({ length: PARAGRAPHS }, (_, i) => MULTI_BYTE[i % MULTI_BYTE.length]).filter((mark) => mark === '😀').length;

/** A page of many small elements (as a real page has), padded by `shift` bytes before the text. */
function CraftedPage({ shift }: { shift: number }): ReactNode {
  const paragraphs = [];
  for (let i = 0; i < PARAGRAPHS; i += 1) {
    const mark = MULTI_BYTE[i % MULTI_BYTE.length] ?? 'å';
    paragraphs.push(
      <p key={i} title={'ä'.repeat(i % 5)}>
        {`${'a'.repeat((i * 7) % 31)}${mark}${'o'.repeat(i % 3)}${mark}`}
      </p>,
    );
  }
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <title>Test</title>
      </head>
      <body>
        <p>{`${'x'.repeat(16_380 + shift)}å`}</p>
        {paragraphs}
      </body>
    </html>
  );
}

function buildFor(shift: number): ServerBuild {
  const rootRoute = { id: 'root', path: '', hasAction: false, hasLoader: false, hasClientAction: false, hasClientLoader: false, hasErrorBoundary: false, module: '/root.js', imports: [] };
  return {
    mode: 'production',
    entry: { module: entry },
    routes: { root: { id: 'root', path: '', module: { default: () => <CraftedPage shift={shift} /> } } },
    assets: { entry: { imports: [], module: '/entry.client.js' }, routes: { root: rootRoute }, url: '/manifest.js', version: 'test' },
    publicPath: '/',
    assetsBuildDirectory: '/nonexistent',
    future: { v3_fetcherPersist: true, v3_relativeSplatPath: true, v3_throwAbortReason: true, v3_lazyRouteDiscovery: true, v3_singleFetch: false },
    isSpaMode: false,
  };
}

describe('the document entry', () => {
  it('sends valid UTF-8 without NUL wherever multi-byte characters meet a buffer boundary', async () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const broken: number[] = [];
    for (let shift = 0; shift <= 12; shift += 1) {
      const handle = createRequestHandler(buildFor(shift), 'production');
      const response = await handle(new Request('http://localhost/'), { clientAddress: '', requestState: newRequestState() });
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.length).toBeGreaterThan(16_384);
      let text = '';
      try {
        text = decoder.decode(bytes);
      } catch {
        broken.push(shift);
        continue;
      }
      if (bytes.includes(0)) broken.push(shift);
      // Every character arrived whole, in its place (booleans: a failure would print the page).
      expect(text.includes(`${'x'.repeat(16_380 + shift)}å</p>`)).toBe(true);
      expect(text.match(/😀/g)?.length).toBe(EMOJI_COUNT);
    }
    expect(broken).toEqual([]);
  });
});
