import { startCms, graphql } from '../support/cms';
const cms = await startCms({ healthTimeoutMs: 180_000 });
try {
  const h = { authorization: `Bearer ${cms.readToken}` };
  for (const type of ['api::plan.plan', 'api::event.event', 'api::activity.activity']) {
    const r = await fetch(`${cms.url}/api/read-model/export?type=${type}&limit=2`, { headers: h });
    console.log(type, r.status, JSON.stringify(await r.json()).slice(0, 1500));
  }
  const r = await fetch(`${cms.url}/api/read-model/fingerprint`, { headers: h });
  console.log(JSON.stringify(await r.json()).slice(0, 600));
  const g = await graphql(cms, 'query { plan(locale: "sv") { documentId locale publishedAt updatedAt title } events(locale:"sv", pagination:{limit:1}, sort:["documentId:asc"]) { documentId locale startsAt createdAt audiences { id } venue { id name } organiser { documentId locale } activity { documentId locale } } }', { token: cms.readToken });
  console.log(JSON.stringify(g).slice(0, 1500));
} finally {
  await cms.stop();
}
