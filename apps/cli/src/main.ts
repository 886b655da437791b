import { Command } from 'commander';
import { ConfigError } from '@hearth/platform';
import { serve } from './commands/serve.js';
import { auditVerify } from './commands/audit-verify.js';
import { openRuntime } from './runtime.js';

const program = new Command('hearth').description('Hearth case management').showHelpAfterError();

program.command('start').description('Migrate, seed the demo agency on first run, build the web app if needed, and serve').action(() => serve({ buildWeb: true }));
program.command('serve').description('Migrate and serve the API and web app on one port').action(() => serve({ buildWeb: false }));

const db = program.command('db').description('Database tasks');
db.command('migrate').description('Apply pending migrations').action(async () => {
  const rt = await openRuntime();
  await rt.close();
  console.log('Database is up to date.');
});
db.command('seed').description('Seed the demo agency (only into an empty database)').action(async () => {
  const { seedDemoAgencyIfEmpty } = await import('@hearth/server/demo');
  const rt = await openRuntime();
  const r = await seedDemoAgencyIfEmpty(rt.database, rt.config);
  console.log(r ? `Seeded: ${r.summary}` : 'The database already has users; nothing seeded.');
  await rt.close();
});

program.command('audit').description('Audit trail tasks').command('verify').description('Check the hash chain; exit 1 naming the first bad event').action(async () => {
  process.exitCode = await auditVerify();
});

const rules = program.command('rules').description('Rules as code: SNAP, tanf-co, tanf-ms, medicaid-magi, ca-child-support, tanf-wpr');
rules.command('eval').description('Evaluate JSON Lines of facts from stdin; one result per line').requiredOption('--program <name>').option('--explain', 'include the trace and a plain-language explanation')
  .action(async (o: { program: string; explain?: boolean }) => {
    const { rulesEval } = await import('./commands/rules.js');
    process.exitCode = await rulesEval(o.program, Boolean(o.explain));
  });
rules.command('schema').description('Print the input JSON Schema of a program').requiredOption('--program <name>').action(async (o: { program: string }) => {
  const { rulesSchema } = await import('./commands/rules.js');
  rulesSchema(o.program);
});

const registry = program.command('registry').description('Person registry tasks');
registry.command('evaluate').description('Deduplicate one file or link two, and print precision, recall, F1 and blocking figures (JSON on the last line)')
  .requiredOption('--format <format>', 'febrl or splink').argument('<files...>', 'one file to deduplicate, or two to link')
  .option('--threshold <p>', 'match probability threshold (default: the operating threshold)').option('--max-block-size <n>', 'skip blocks larger than this')
  .action(async (files: string[], o: { format: string; threshold?: string; maxBlockSize?: string }) => {
    const { registryEvaluate } = await import('./commands/registry.js');
    process.exitCode = registryEvaluate(o.format, files, o);
  });

program.parseAsync(process.argv).catch((err) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
