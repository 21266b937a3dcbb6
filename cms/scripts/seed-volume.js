// Seeds a volume of test content on demand, for measuring the portal with a realistic amount of
// data (bench/run-all.mjs; README "Seeding volume"). Idempotent: it tops up to the numbers asked
// for, counting only its own items (slugs starting with `volym-`), so running it again adds nothing.
//
//   cd cms && npm run build:server && DATABASE_FILENAME=… <secrets> node scripts/seed-volume.js --events 10000 --resources 2000
//
// The items are titled "[VOLYM] …" and say that they are test data: no phone numbers, addresses
// or opening hours (never invent contact facts). Strapi must not be running on the same SQLite file.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..');
const BATCH = 250;
const KINDS = ['lecture', 'training', 'campaign_activity', 'meeting'];
const LEVELS = ['general', 'targeted', 'acute'];
const SCOPES = ['local', 'regional', 'national'];
const DAY = 24 * 60 * 60 * 1000;

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 0 || value > 100_000) {
    throw new Error(`--${name} needs a whole number from 0 to 100000`);
  }
  return value;
}

const paragraph = (text) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const pad = (n) => String(n).padStart(6, '0');

function event(n, now) {
  // Spread over half a year back and a year ahead: about two thirds are upcoming.
  const startsAt = new Date(now - 180 * DAY + ((n * 7919) % (545 * 24)) * 60 * 60 * 1000);
  startsAt.setUTCMinutes(0, 0, 0);
  return {
    title: `[VOLYM] Evenemang ${n}`,
    slug: `volym-evenemang-${pad(n)}`,
    kind: KINDS[n % KINDS.length],
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000).toISOString(),
    description: paragraph(`Testdata för prestandamätning (nummer ${n}). Inget riktigt evenemang.`),
    audiences: { youngPeople: n % 2 === 0, adults: n % 3 === 0, closeOnes: n % 5 === 0, professionals: n % 7 === 0, peopleWhoBuySex: false },
    isFree: true,
  };
}

function resource(n) {
  return {
    name: `[VOLYM] Stödresurs ${n}`,
    slug: `volym-stodresurs-${pad(n)}`,
    summary: `Testdata för prestandamätning (nummer ${n}). Ingen riktig verksamhet.`,
    level: LEVELS[n % LEVELS.length],
    scope: SCOPES[n % SCOPES.length],
    audiences: { youngPeople: n % 2 === 0, adults: n % 3 === 0, closeOnes: n % 5 === 0, professionals: n % 7 === 0, peopleWhoBuySex: false },
    anonymous: n % 4 === 0,
  };
}

/** Creates published items numbered from..to, one database transaction per batch. */
async function topUp(strapi, uid, wanted, make) {
  const existing = await strapi.db.query(uid).count({ where: { slug: { $startsWith: 'volym-' }, locale: 'sv', publishedAt: { $notNull: true } } });
  const now = Date.now();
  let created = 0;
  for (let n = existing + 1; n <= wanted; n += BATCH) {
    const last = Math.min(wanted, n + BATCH - 1);
    await strapi.db.transaction(async () => {
      for (let i = n; i <= last; i += 1) {
        await strapi.documents(uid).create({ data: make(i, now), locale: 'sv', status: 'published' });
      }
    });
    created += last - n + 1;
    if (process.stdout.isTTY) process.stdout.write(`\r${uid}: ${existing + created}/${wanted}`);
  }
  console.log(`${process.stdout.isTTY ? '\r' : ''}${uid}: ${Math.max(existing, wanted)} volume items (${created} new)`);
  return created;
}

async function main() {
  const events = argument('events', 0);
  const resources = argument('resources', 0);
  const startedAt = Date.now();
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  try {
    await topUp(strapi, 'api::event.event', events, event);
    await topUp(strapi, 'api::support-resource.support-resource', resources, resource);
  } finally {
    await strapi.destroy();
  }
  console.log(`Volume seeded in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
