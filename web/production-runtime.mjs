// The web's Node settings in production, in one place: `npm start` (scripts/start.mjs) and the
// benchmarks (bench/) read them here; web/Dockerfile repeats them (web/server/production.test.ts
// checks that it does). WEB_V8_FLAGS (below) are set by web/server.mjs itself: nothing repeats them.
// WEB_NODE_OPTIONS, measured by bench/read-model.mjs, figure c, and decision 028:
// * the old space bounded at 112 MB and a 2 MB semi-space: V8 otherwise lets the heap grow far past
//   the live data (about 80 MB with 10,000 events and 2,000 resources) before it collects;
// * two V8 worker threads (one per core on the reference machine) instead of four;
// * at most two glibc malloc arenas: with one per thread, freed memory stayed resident.
// More content needs a larger old space: see docs/scaling.md ("Memory").
export const WEB_NODE_OPTIONS = '--max-old-space-size=112 --max-semi-space-size=2 --v8-pool-size=2';

/**
 * Environment the web process needs before it starts (read by glibc, not by Node): at most two
 * malloc arenas, and fixed mmap and trim thresholds. glibc otherwise raises both after a large
 * block is freed (up to 32 and 64 MB), so later large blocks (buffers of the sync and of rendered
 * pages) came from the main heap and stayed resident after they were freed (decision 031). The
 * thresholds sit above what compressing one page needs (brotli at quality 5 asks for blocks of
 * 260-410 kB): at 128 kB each page's compression mapped, zeroed and unmapped them again, 40-70 %
 * more time for it, and a 1 MB trim threshold still gave the heap's top back and took it again for
 * most pages (decision 032).
 */
export const WEB_RUNTIME_ENV = Object.freeze({ MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '1048576', MALLOC_TRIM_THRESHOLD_: '2097152' });

/**
 * V8 flags that NODE_OPTIONS does not accept: web/server.mjs sets them before it loads the server
 * (so `npm start`, the Docker image, the tests and the benchmarks all run with them).
 *
 * No allocation-site pretenuring: under load V8 sometimes decided that objects made for every
 * request should be allocated in the old generation, for the rest of the process's life. That
 * process then ran major collections several times a second and a cached hit cost 60-80 µs of CPU
 * instead of 22-25 (decision 030).
 */
export const WEB_V8_FLAGS = Object.freeze(['--no-allocation-site-pretenuring']);
