// Static files of the build (build/client), served from memory: read once at start, compressed
// once (brotli 11, gzip 9) in the background, so no request compresses a file or touches the disk.
// Fingerprinted /assets/* are immutable for a year; the rest (quick-exit.js, favicon.svg) an hour.
// The build does not change while the server runs, so the list of files is made once: a request
// for a page never looks at the disk.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { compressStatic, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding } from './compress.mjs';
import { etagMatches } from './etag.mjs';

/** Larger files (and types not listed below) are streamed from disk by express.static. */
const MAX_IN_MEMORY_BYTES = 2 * 1024 * 1024;

/** @type {Record<string, string>} */
const TYPES = {
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

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const ONE_HOUR = 'public, max-age=3600';

/**
 * @typedef {object} StaticFile
 * @property {string} type
 * @property {string} cacheControl
 * @property {Buffer} identity
 * @property {string} hash
 * @property {Buffer | undefined} br
 * @property {Buffer | undefined} gzip
 * @property {boolean} compressible
 */

/** @param {string} urlPath */
function cacheControlOf(urlPath) {
  return urlPath.startsWith('/assets/') ? IMMUTABLE : ONE_HOUR;
}

/**
 * @param {string} dir
 * @param {string} prefix
 * @param {Map<string, StaticFile>} files
 * @param {Set<string>} onDisk
 */
function index(dir, prefix, files, onDisk) {
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
 * Express middleware for the files under `clientDir`; anything else goes on (`next()`).
 * @param {string} clientDir
 * @returns {import('express').RequestHandler & { ready: Promise<void> }}
 */
export function staticFiles(clientDir) {
  /** @type {Map<string, StaticFile>} */
  const files = new Map();
  /** @type {Set<string>} */
  const onDisk = new Set();
  if (fs.existsSync(clientDir)) index(clientDir, '', files, onDisk);
  const fromDisk = express.static(clientDir, {
    index: false,
    redirect: false,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('Cache-Control', cacheControlOf(`/${path.relative(clientDir, filePath).split(path.sep).join('/')}`));
    },
  });

  const ready = Promise.all(
    [...files.values()]
      .filter((file) => file.compressible)
      .map(async (file) => {
        const [br, gzip] = await Promise.all([compressStatic(file.identity, 'br'), compressStatic(file.identity, 'gzip')]);
        // Keep a variant only when it is smaller.
        if (br.length < file.identity.length) file.br = br;
        if (gzip.length < file.identity.length) file.gzip = gzip;
      }),
  ).then(() => undefined);

  /** @type {import('express').RequestHandler} */
  const handler = (req, res, next) => {
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
  return Object.assign(handler, { ready });
}
