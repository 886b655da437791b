import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { buildServer, startScheduler } from '@hearth/server';
import { openRuntime } from '../runtime.js';
import { seedDemoAgencyIfEmpty, DEMO_LOGINS, DEMO_PASSWORD } from '@hearth/server/demo';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export async function serve(opts: { buildWeb: boolean }) {
  if (opts.buildWeb && !existsSync(path.join(root, 'apps/web/dist/index.html')) && existsSync(path.join(root, 'apps/web/index.html'))) {
    console.log('Building the web app (first start only)…');
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', 'apps/web', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  const rt = await openRuntime();
  if (rt.config.demo) {
    const seeded = await seedDemoAgencyIfEmpty(rt.database, rt.config);
    if (seeded) console.log(`Seeded the demo agency: ${seeded.summary}`);
  }
  const { app, ctx } = await buildServer({ config: rt.config, database: rt.database, logger: rt.config.logLevel !== 'silent' && rt.config.logLevel !== 'info' });
  let scheduler: ReturnType<typeof startScheduler> | null = null;
  if (rt.config.jobs) {
    await ctx.jobs.start();
    scheduler = startScheduler(ctx); // the daily clock sweep, once per agency day
  }
  await app.listen({ port: rt.config.port, host: rt.config.host });
  const url = rt.config.publicUrl;
  console.log(`\nHearth is running at ${url}  (API reference: ${url}/api/docs, database: ${rt.database.kind})`);
  if (rt.config.demo) {
    console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const l of DEMO_LOGINS) console.log(`  ${l.username.padEnd(12)} ${l.role}`);
  }
  const stop = async () => {
    scheduler?.stop();
    await app.close();
    await ctx.jobs.stop();
    await rt.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
