// Keeps the published OpenAPI documents (docs/openapi/) equal to the ones the services' builds
// write. Fails, naming each document that differs and the command that refreshes them, or with
// --update=true copies the generated documents over the published ones.
//
//   node scripts/published-copies.mjs [--update=true|false] --published=DIR GENERATED_DOCUMENT...
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const REFRESH = 'mvn -pl api-docs -am -DskipTests verify -Dapi-docs.update';

const args = process.argv.slice(2);
const update = args.includes('--update=true');
const publishedDir = args.find((arg) => arg.startsWith('--published='))?.slice('--published='.length);
const generated = args.filter((arg) => !arg.startsWith('--'));

if (!publishedDir || generated.length === 0) fail('usage: published-copies.mjs [--update=true] --published=DIR DOCUMENT...');

const stale = [];
for (const document of generated) {
  if (!existsSync(document)) fail(`${document} is missing: build the services first (${REFRESH})`);
  const published = join(publishedDir, basename(document));
  const difference = firstDifference(read(published), read(document));
  if (difference === null) continue;
  if (update) {
    mkdirSync(publishedDir, { recursive: true });
    copyFileSync(document, published);
    console.log(`Refreshed ${relative(process.cwd(), published)}`);
  } else {
    stale.push(`  ${relative(process.cwd(), published)}: ${difference}`);
  }
}

if (stale.length > 0) {
  fail(['The published OpenAPI documents differ from what the services generate:', ...stale,
    `Refresh them with: ${REFRESH}`, 'and commit docs/openapi/ with the change that altered them.'].join('\n'));
}
console.log(`Published OpenAPI documents in ${relative(process.cwd(), publishedDir) || '.'} match the services' (${generated.length}).`);

// The file's text with Unix line ends (a Windows checkout stays equal), or null when it is absent.
function read(file) {
  return existsSync(file) ? readFileSync(file, 'utf8').replace(/\r\n/g, '\n') : null;
}

function firstDifference(published, generatedText) {
  if (published === null) return 'not published yet';
  if (published === generatedText) return null;
  const was = published.split('\n');
  const now = generatedText.split('\n');
  let line = 0;
  while (line < was.length && line < now.length && was[line] === now[line]) line++;
  return `differs from line ${line + 1} (published: ${JSON.stringify(was[line] ?? '<end>')}, ` +
    `generated: ${JSON.stringify(now[line] ?? '<end>')})`;
}

function fail(message) {
  console.error(`api-docs: ${message}`);
  process.exit(1);
}
