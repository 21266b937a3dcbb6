// Boots the built web (web/server.mjs, build from WEB_BUILD_DIR or build/) on a free loopback port:
// the one implementation in process.mjs, shared with the benchmarks.
export { startWeb, type RunningWeb } from './process.mjs';
