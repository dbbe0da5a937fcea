// Lints OpenAPI documents with the pinned Redocly CLI (node_modules, from `npm ci`) and this
// module's redocly.yaml, prints every finding and the error and warning counts per document, and
// exits non-zero when a document has errors, unless --fail-on-error=false.
// First it checks that the house rules still work: the fixture must trip exactly the rules it lists.
//
//   node scripts/lint.mjs [--fail-on-error=true|false] DOCUMENT...
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const redocly = join(moduleDir, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
const config = join(moduleDir, 'redocly.yaml');
const fixture = join(moduleDir, 'src', 'test', 'openapi', 'breaks-each-house-rule.yaml');

const args = process.argv.slice(2);
const failOnError = !args.includes('--fail-on-error=false');
const documents = args.filter((arg) => !arg.startsWith('--'));

if (documents.length === 0) fail('no documents given');
if (!existsSync(redocly)) fail(`${redocly} is missing: run \`npm ci\` in ${moduleDir}`);

checkHouseRules();

let errors = 0;
const counts = [];
for (const document of documents) {
  if (!existsSync(document)) fail(`${document} is missing: build the service first`);
  const { totals, problems } = lint(document);
  console.log(`\n${document}`);
  for (const problem of problems) console.log(describe(problem));
  counts.push(`${basename(document)}: ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}`);
  errors += totals.errors;
}
console.log('\nRedocly lint (api-docs/redocly.yaml):');
for (const line of counts) console.log(`  ${line}`);

if (errors > 0) {
  if (failOnError) {
    fail(`${plural(errors, 'lint error')}; api-docs/README.md says where each kind is fixed ` +
      '(-Dapi-docs.lint.failOnError=false reports them without failing)');
  }
  console.log(`${plural(errors, 'lint error')} reported, not failing (api-docs.lint.failOnError=false)`);
}

function checkHouseRules() {
  const listed = readFileSync(fixture, 'utf8').match(/^x-expected-findings:\n((?:  - .+\n)+)/m);
  if (!listed) fail(`${fixture} lists no x-expected-findings`);
  const expected = listed[1].split('\n').filter(Boolean).map((line) => line.replace(/^  - /, '').trim()).sort();
  const found = [...new Set(lint(fixture).problems.map((problem) => problem.ruleId))].sort();
  if (expected.join() !== found.join()) {
    fail(`the house rules no longer work as redocly.yaml says: ${basename(fixture)} should trip ` +
      `[${expected.join(', ')}] but tripped [${found.join(', ')}]`);
  }
  console.log(`House rules checked: ${basename(fixture)} trips each of them (${expected.length}).`);
}

function lint(document) {
  const run = spawnSync(process.execPath, [redocly, 'lint', document, `--config=${config}`, '--format=json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // No network at lint time: no usage data, no update check.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  try {
    return JSON.parse(run.stdout);
  } catch {
    // Not a lint result: Redocly itself failed (bad config, unreadable document).
    process.stderr.write(run.stderr ?? '');
    fail(`redocly lint ${document} gave no result (exit ${run.status})`);
  }
}

// "  error    operation-4xx-response  POST /api/v1/referrals  responses: message (line 12)"
function describe(problem) {
  const where = problem.location?.[0] ?? {};
  const severity = problem.severity.padEnd(7);
  return `  ${severity}  ${problem.ruleId.padEnd(38)}  ${operation(where.pointer ?? '')}: ${problem.message}` +
    (where.start ? ` (line ${where.start.line})` : '');
}

// A JSON pointer into the document, as the operation it is in and the rest of the pointer.
function operation(pointer) {
  const parts = pointer.replace(/^#\/?/, '').split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] === 'paths' && parts.length >= 3) {
    const rest = parts.slice(3).join('/');
    return `${parts[2].toUpperCase()} ${parts[1]}${rest ? `  ${rest}` : ''}`;
  }
  return parts.join('/') || '(document)';
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function fail(message) {
  console.error(`api-docs: ${message}`);
  process.exit(1);
}
