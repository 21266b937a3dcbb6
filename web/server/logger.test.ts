import { describe, expect, it } from 'vitest';
import express from 'express';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { batchedLineWriter, installJsonConsole, logLine, redact, requestLogger, type LineWriterIo } from './logger';

describe('structured logs without personal data', () => {
  it('masks e-mail addresses and IP addresses, and nothing else', () => {
    expect(redact('tip from anna.andersson@example.org via 192.168.10.4 and 2001:db8::7334 or ::ffff:10.0.0.1 and fe80:0:0:0:202:b3ff:fe1e:8329')).toBe(
      'tip from [e-post] via [ip] and [ip] or [ip] and [ip]',
    );
    expect(redact('CMS timeout after 2000 ms at 19:47:53.615 (/kalender/2026-05-01-forelasning)')).toBe('CMS timeout after 2000 ms at 19:47:53.615 (/kalender/2026-05-01-forelasning)');
  });

  it('writes one JSON object per line', () => {
    const line = JSON.parse(logLine('warn', 'mail to a@b.se failed', { status: 503 })) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'warn', service: 'web', msg: 'mail to [e-post] failed', status: 503 });
    expect(typeof line.time).toBe('string');
  });

  it('logs each request with its id, the path without the query string, and no address', async () => {
    const lines: string[] = [];
    const sink = { write: (text: string) => lines.push(text) };
    const app = express();
    app.set('trust proxy', 1);
    app.use(requestLogger(sink));
    app.get('/sok', (_req, res) => {
      console.info('searching');
      res.send('ok');
    });
    const original = { ...console };
    const warningListeners = process.listeners('warning');
    installJsonConsole({ stdout: sink, stderr: sink });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/sok?q=anna%40example.org`, { headers: { 'x-forwarded-for': '203.0.113.9', 'x-request-id': 'proxy-id-12345678' } });
      expect(response.headers.get('x-request-id')).toBe('proxy-id-12345678');
      const unsafe = await fetch(`http://127.0.0.1:${port}/sok`, { headers: { 'x-request-id': 'not a good id <script>' } });
      expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      server.close();
      Object.assign(console, original);
      process.removeAllListeners('warning');
      for (const listener of warningListeners) process.on('warning', listener);
    }
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed[0]).toMatchObject({ level: 'info', requestId: 'proxy-id-12345678', msg: 'searching' });
    expect(parsed[1]).toMatchObject({ level: 'info', requestId: 'proxy-id-12345678', msg: 'request', method: 'GET', path: '/sok', status: 200 });
    const text = lines.join('');
    expect(text).not.toContain('anna');
    expect(text).not.toContain('203.0.113.9');
    expect(text).not.toContain('127.0.0.1');
  });
});

describe('the access log writer', () => {
  /** node:fs on a real file, counting the writes. */
  function countingIo() {
    const sizes: number[] = [];
    const io: LineWriterIo = {
      write: (fd, buffer, offset, length, position, callback) => {
        sizes.push(length);
        fs.write(fd, buffer, offset, length, position, callback);
      },
      writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
    };
    return { io, sizes };
  }
  const line = (i: number) => `${JSON.stringify({ level: 'info', msg: 'request', path: `/kalender/händelse-${i}`, n: i })}\n`;
  const waitFor = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('writes every line once, in order, in few writes of whole lines', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'access-log-'));
    const file = path.join(dir, 'log');
    const fd = fs.openSync(file, 'w');
    const { io, sizes } = countingIo();
    const writer = batchedLineWriter(fd, { io });
    const expected: string[] = [];
    for (let i = 0; i < 5_000; i += 1) {
      expected.push(line(i));
      writer.write(line(i));
      if (i % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => fs.statSync(file).size === Buffer.byteLength(expected.join('')));
    fs.closeSync(fd);
    const text = fs.readFileSync(file, 'utf8');
    fs.rmSync(dir, { recursive: true });
    expect(text).toBe(expected.join(''));
    expect(sizes.length).toBeLessThan(expected.length / 10);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(64 * 1024);
  });

  it('at exit writes what waits after the write under way, in order and in whole lines, and later lines at once', () => {
    const chunks: Buffer[] = [];
    let inFlight: Buffer | undefined;
    // The thread pool's write never finishes before the exit (a full pipe); writeSync fails twice with EAGAIN (non-blocking stdout).
    let busy = 2;
    const io: LineWriterIo = {
      write: (_fd, buffer, offset, length) => {
        inFlight = Buffer.from(buffer.subarray(offset, offset + length));
      },
      writeSync: (_fd, buffer, offset, length) => {
        if (busy > 0) {
          busy -= 1;
          throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
        }
        chunks.push(Buffer.from(buffer.subarray(offset, offset + length)));
        return length;
      },
    };
    const writer = batchedLineWriter(99, { io });
    const lines = Array.from({ length: 300 }, (_, i) => line(i));
    for (const text of lines.slice(0, 200)) writer.write(text);
    // The first write starts on the next turn of the event loop.
    return new Promise<void>((resolve) => {
      setImmediate(() => {
        expect(inFlight?.length).toBeLessThanOrEqual(64 * 1024);
        for (const text of lines.slice(200, 250)) writer.write(text);
        writer.flushSync();
        for (const text of lines.slice(250)) writer.write(text);
        const inFlightText = inFlight!.toString();
        expect(inFlightText.endsWith('\n')).toBe(true);
        expect(inFlightText + Buffer.concat(chunks).toString()).toBe(lines.join(''));
        for (const chunk of chunks) {
          expect(chunk.length).toBeLessThanOrEqual(64 * 1024);
          expect(chunk.at(-1)).toBe(0x0a);
        }
        resolve();
      });
    });
  });

  it('drops lines past its bound and says how many', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'access-log-'));
    const file = path.join(dir, 'log');
    const fd = fs.openSync(file, 'w');
    // A destination that never finishes a write (stdout nobody reads): lines wait, up to the bound.
    const stuck: LineWriterIo = { write: () => undefined, writeSync: (f, buffer, offset, length) => fs.writeSync(f, buffer, offset, length) };
    const writer = batchedLineWriter(fd, { io: stuck, maxPendingChars: 1_000 });
    for (let i = 0; i < 100; i += 1) writer.write(line(i));
    writer.flushSync();
    fs.closeSync(fd);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((text) => JSON.parse(text) as { n?: number; msg: string; requestId?: string });
    fs.rmSync(dir, { recursive: true });
    const kept = lines.filter((entry) => entry.n !== undefined).map((entry) => entry.n);
    expect(kept).toEqual([...Array(kept.length).keys()]);
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.length).toBeLessThan(100);
    expect(lines.at(-1)).toMatchObject({ level: 'warn', msg: `log: ${100 - kept.length} lines dropped (stdout was not read)` });
    expect(lines.at(-1)?.requestId).toBeUndefined();
  });
});
