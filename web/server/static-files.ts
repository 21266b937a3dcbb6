// Static files of the build (build/client), served from memory: read once at start, compressed
// once (brotli 11, gzip 9) in the background, so no request compresses a file or touches the disk.
// Fingerprinted /assets/* are immutable for a year; the rest (quick-exit.js, favicon.svg) an hour
// (cache-policy.ts). The build does not change while the server runs, so the list of files is made
// once: a request for a page never looks at the disk. Why not express.static with a compression
// middleware: docs/decisions/018-web-server-typescript-and-middleware.md.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import { IMMUTABLE_CACHE_CONTROL, STATIC_CACHE_CONTROL } from '../app/utils/cache-policy';
import { compressStatic, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding } from './compress';
import { etagMatches } from './etag';

/** Larger files (and types not listed below) are streamed from disk by express.static. */
const MAX_IN_MEMORY_BYTES = 2 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

interface StaticFile {
  type: string;
  cacheControl: string;
  identity: Buffer;
  hash: string;
  br: Buffer | undefined;
  gzip: Buffer | undefined;
  compressible: boolean;
}

function cacheControlOf(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? IMMUTABLE_CACHE_CONTROL : STATIC_CACHE_CONTROL;
}

function index(dir: string, prefix: string, files: Map<string, StaticFile>, onDisk: Set<string>): void {
  for (const dirent of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, dirent.name);
    const urlPath = `${prefix}/${dirent.name}`;
    if (dirent.isDirectory()) {
      index(full, urlPath, files, onDisk);
      continue;
    }
    if (!dirent.isFile()) continue;
    const type = TYPES[path.extname(dirent.name).toLowerCase()];
    if (!type || fs.statSync(full).size > MAX_IN_MEMORY_BYTES) {
      onDisk.add(urlPath);
      continue;
    }
    const identity = fs.readFileSync(full);
    files.set(urlPath, {
      type,
      cacheControl: cacheControlOf(urlPath),
      identity,
      hash: createHash('sha256').update(identity).digest('base64url').slice(0, 22),
      br: undefined,
      gzip: undefined,
      compressible: isCompressible(type) && identity.length >= MIN_COMPRESS_BYTES,
    });
  }
}

/**
 * Express middleware for the files under `clientDir`; anything else goes on (`next()`). Until a
 * file's compressed variants are made (in the background, at start), it is sent uncompressed.
 */
export function staticFiles(clientDir: string): RequestHandler {
  const files = new Map<string, StaticFile>();
  const onDisk = new Set<string>();
  if (fs.existsSync(clientDir)) index(clientDir, '', files, onDisk);
  const fromDisk = express.static(clientDir, {
    index: false,
    redirect: false,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('Cache-Control', cacheControlOf(`/${path.relative(clientDir, filePath).split(path.sep).join('/')}`));
    },
  });

  for (const file of files.values()) {
    if (!file.compressible) continue;
    Promise.all([compressStatic(file.identity, 'br'), compressStatic(file.identity, 'gzip')]).then(
      ([br, gzip]) => {
        // Keep a variant only when it is smaller.
        if (br.length < file.identity.length) file.br = br;
        if (gzip.length < file.identity.length) file.gzip = gzip;
      },
      (error: unknown) => console.error('[static] could not compress a file; it is sent uncompressed', error),
    );
  }

  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = files.get(req.path);
    if (!file) return onDisk.has(req.path) ? fromDisk(req, res, next) : next();

    const wanted = file.compressible ? negotiateEncoding(req.headers['accept-encoding']) : 'identity';
    const encoding = wanted === 'br' && file.br ? 'br' : wanted !== 'identity' && file.gzip ? 'gzip' : 'identity';
    const body = encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.identity;
    const etag = `"${file.hash}${encoding === 'identity' ? '' : `-${encoding}`}"`;

    res.setHeader('Cache-Control', file.cacheControl);
    if (file.compressible) res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('ETag', etag);
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', file.type);
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', String(body?.length ?? 0));
    res.statusCode = 200;
    if (req.method === 'HEAD') res.end();
    else res.end(body);
  };
}
