// Production server: Express in front of the Remix build. `npm run build` compiles this file (with
// server/*.ts) to <build>/node-server/main.js; web/server.mjs starts it with the build directory.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import express, { type ErrorRequestHandler } from 'express';
import { PAGE_CACHE_DEFAULT_MAX_AGE_MS } from '../app/utils/cache-policy';
import { parseEnv, publicOriginOf, type WebEnv } from './env';
import { applyFrontHeaders, frontDoor, inRequestContext } from './front-door';
import { createPageHandler } from './page-handler';
import { assertProductionSecrets } from './production';
import { readiness, readModelCheck, type ReadModelHooks } from './readiness';
import { requestGuard, type GuardedRequest, type Refusal } from './request-guard';
import { contentSecurityPolicy, noCookies, previewFrameAncestors, securityHeaders, setSecurityHeaders } from './security-headers';
import { staticFiles } from './static-files';
import { uploadsFromCms } from './uploads';

/** Starts the web server on the Remix build in `buildDir` (build/, or WEB_BUILD_DIR for parallel test runs). */
export async function startServer({ buildDir }: { buildDir: string }): Promise<void> {
  let env: WebEnv;
  try {
    env = parseEnv(process.env);
    assertProductionSecrets(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error('The web server did not start. See web/README.md for the environment variables.');
    process.exit(1);
  }

  // The origin of every absolute link and of the URL each page is made for (never a request header).
  const publicOrigin = publicOriginOf(env);

  const clientDir = path.join(buildDir, 'client');
  const serverBuildFile = path.join(buildDir, 'server', 'index.js');

  let build: ServerBuild;
  try {
    build = (await import(pathToFileURL(serverBuildFile).href)) as ServerBuild;
  } catch (error) {
    console.error(
      `Could not load the Remix build at ${serverBuildFile}. Run \`npm run build -w @stodportalen/web\` first.`,
    );
    console.error(error);
    process.exit(1);
  }

  // The site search's index is built at start (app/search/index.server.ts).
  const entryModule: object = build.entry.module;
  if ('startSearchIndex' in entryModule && typeof entryModule.startSearchIndex === 'function') entryModule.startSearchIndex();

  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy, req.ip is the visitor's address (used only hashed, for rate limiting tips).
  if (env.TRUST_PROXY > 0) app.set('trust proxy', env.TRUST_PROXY);
  app.use(noCookies);
  app.use(securityHeaders);
  // No compression middleware: static files are compressed once (static-files.ts) and pages by the
  // page handler (page-handler.ts, compress.ts); why: docs/decisions/018-web-server-typescript-and-middleware.md.
  // The CMS admin panel shows the draft preview in a frame: that one page may be framed by it.
  if (env.CMS_ADMIN_ORIGIN) {
    const frameAncestors = previewFrameAncestors(env.CMS_ADMIN_ORIGIN);
    app.use(/^(\/[a-z]{2})?\/forhandsvisning\/?$/, (_req, res, next) => {
      res.setHeader('Content-Security-Policy', contentSecurityPolicy(frameAncestors));
      res.removeHeader('X-Frame-Options');
      next();
    });
  }

  // The read model of published content loads in the background (app/read-model/).
  const readModel = build.entry.module as Partial<ReadModelHooks>;
  readModel.startReadModel?.().catch((error: unknown) => console.error('[read-model] did not start', error));

  // /healthz: the process is alive. /readyz: the published content is loaded (readiness.ts).
  app.get('/readyz', readiness(readModelCheck(readModel)));
  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok');
  });

  // Files of the build, from memory and precompressed (static-files.ts): fingerprinted
  // /assets/* immutable for a year, others (quick-exit.js, favicon.svg) an hour.
  app.use(staticFiles(clientDir));

  // Images and other files of the CMS's media library, from this origin (uploads.ts).
  app.use(uploadsFromCms({ cmsUrl: env.CMS_URL, timeoutMs: env.CMS_TIMEOUT_MS }));

  // An event's calendar file lives at `/kalender/<slug>.ics` (next to its page `/kalender/<slug>`).
  // Remix cannot match a parameter with a suffix in one path segment, so the request goes on to the
  // resource route `/kalender/ics/<slug>` (app/routes/($lang).kalender.ics.$slug.tsx).
  app.use((req, _res, next) => {
    const match = /^(\/[a-z]{2})?\/kalender\/([^/?]+)\.ics(\?.*)?$/.exec(req.url);
    if (match) req.url = req.originalUrl = `${match[1] ?? ''}/kalender/ics/${match[2]}${match[3] ?? ''}`;
    next();
  });

  // Remix, with ETag/304, compression and the page cache (page-handler.ts). The page cache keeps
  // public pages as long as their s-maxage allows, at most CMS_CACHE_TTL_MS (0: off).
  const pages = createPageHandler({
    build,
    mode: process.env.NODE_ENV === 'development' ? 'development' : 'production',
    pageCacheMaxAgeMs: env.CMS_CACHE_TTL_MS ?? PAGE_CACHE_DEFAULT_MAX_AGE_MS,
    publicOrigin,
    getLoadContext: (req) => ({ clientAddress: req.ip ?? req.socket.remoteAddress ?? '' }),
  });
  app.all('*', pages);

  /**
   * A refused request (request-guard.ts, or a bad request Express meets such as `/%`): the status
   * with a short page that still shows the acute numbers, never stored, never a 500.
   */
  const refuse = (req: GuardedRequest, res: ServerResponse, refusal: Refusal): void => inRequestContext(res, () => refuseNow(req, res, refusal));
  const refuseNow = (req: GuardedRequest, res: ServerResponse, { status, headers = {} }: Refusal): void => {
    applyFrontHeaders(res);
    setSecurityHeaders(res);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    // A body that was not read (in full) is thrown away unread for up to two seconds after the answer,
    // then the connection is dropped. (Closing at once could reset the connection before the client
    // has read the answer.)
    res.once('finish', () => {
      if (req.complete) return;
      req.resume();
      const drop = setTimeout(() => req.socket.destroy(), 2_000);
      req.once('end', () => clearTimeout(drop));
    });
    pages.renderRefusal(req, res, status).catch((error) => {
      console.error(error);
      if (res.headersSent) return res.destroy();
      res.statusCode = status;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Förfrågan avvisades. / The request was refused. Akut hjälp: 112\n');
    });
  };

  // Errors Express meets before Remix (e.g. a malformed URL such as `/%`): a 4xx page like the
  // guard's, or a plain 500 without a stack trace.
  const handleExpressError: ErrorRequestHandler = (error: unknown, req, res, next) => {
    const status =
      error instanceof Error && 'status' in error && typeof error.status === 'number' && error.status >= 400
        ? error.status
        : 500;
    if (status >= 500) console.error(error);
    if (res.headersSent) return next(error);
    if (status < 500) return refuse(req, res, { status: 400, reason: 'Express' });
    res.status(500).type('text/plain').send('Internal server error');
  };
  app.use(handleExpressError);

  // A page in the page cache is sent before Express (with the same security headers): a visit to a
  // popular page costs about what a static file does. Whatever every response needs (a header,
  // logging) must be done in pages.serveFromCache too: put headers in SECURITY_HEADERS
  // (security-headers.ts), which both paths send. Before both: the request id, its JSON log line and
  // HSTS in production (front-door.ts; a hit sends the id and HSTS with its own headers, every other
  // answer sets them with applyFrontHeaders), then the request guard (method, Host, body limits,
  // form origin: request-guard.ts). Every answer but a hit runs in inRequestContext (the request id
  // of its log lines); a hit runs outside, without async hooks (docs/decisions/020-fast-cache-hit.md).
  const server = http.createServer(
    frontDoor(
      requestGuard({
        publicOrigin,
        refuse,
        next: (req: IncomingMessage, res: ServerResponse) => {
          if (pages.serveFromCache(req, res)) return;
          inRequestContext(res, () => {
            applyFrontHeaders(res);
            app(req, res);
          });
        },
      }),
    ),
  );
  server.listen(env.PORT, env.HOST, () => {
    console.log(`Stödportalen web listening on http://${env.HOST}:${env.PORT} for ${publicOrigin} (CMS: ${env.CMS_URL})`);
  });

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
