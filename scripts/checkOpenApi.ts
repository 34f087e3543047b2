/**
 * `npm run check:openapi` (CI: .ci/run): writes the OpenAPI document of every action
 * (`openApiDocument` over `allActions`, as a host with bearer authentication would serve it) to a
 * temporary file, validates it against the OpenAPI 3.1 schema with @seriousme/openapi-schema-validator
 * and lints it with Redocly CLI (`redocly lint`, its `recommended` rules as redocly.yaml adjusts
 * them); then the same for the document of an instance with custom fields on every kind of record.
 * Exits non-zero on any validation error and on any lint error or warning.
 *
 * `tsx scripts/checkOpenApi.ts --out openapi.json` only writes the document (to look at it, or to
 * feed another tool).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import * as z from 'zod';
import { CalendarDate, allActions, defineCustomFields, inheritedField, type CustomFieldDeclarations } from '../src/index.js';
import { openApiDocument } from '../src/http/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Custom fields of every kind the declaration takes (text, numbers, yes/no, enums, literals, dates; optional, nullable, defaulted, inherited), on every kind of record. */
export const sampleCustomFields = {
  customers: {
    vmsId: z.string().max(40),
    unionShop: z.boolean().default(false),
    headcount: z.number().int().optional(),
    region: inheritedField(z.enum(['north', 'south'])),
    orientationDate: CalendarDate.nullable().optional(),
  },
  contacts: { badge: z.string().max(20).optional() },
  orders: { poRequired: z.boolean() },
  assignments: { shift: z.literal([1, 2, 3]).optional() },
} satisfies CustomFieldDeclarations;

/** The document CI checks: every action, under a base path, behind a bearer token; with the custom fields given, if any. */
export function sampleDocument(customFields?: CustomFieldDeclarations) {
  return openApiDocument({
    ...(customFields === undefined ? {} : { customFields: defineCustomFields(customFields) }),
    actions: allActions,
    info: {
      title: 'staffcore',
      version: '1.0.0',
      description: 'Every staffcore action over HTTP, as `createHttpHandler` serves it.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    // Relative to where the handler serves the document ({basePath}/openapi.json): the host's own origin.
    servers: [{ url: '/', description: 'The origin that serves this document' }],
    basePath: '/api',
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: "The host's own session token; `authenticate` turns it into the actor." } },
  });
}

async function main(): Promise<number> {
  const outAt = process.argv.indexOf('--out');
  if (outAt !== -1) {
    const file = resolve(process.argv[outAt + 1] ?? 'openapi.json');
    writeFileSync(file, `${JSON.stringify(sampleDocument(), null, 2)}\n`);
    console.log(`wrote ${file}`);
    return 0;
  }
  for (const [name, document] of [
    ['OpenAPI document', sampleDocument()],
    ['OpenAPI document with custom fields', sampleDocument(sampleCustomFields)],
  ] as const) {
    const failed = await check(name, `${JSON.stringify(document, null, 2)}\n`);
    if (failed !== 0) return failed;
  }
  return 0;
}

/** Validates and lints one document's text; non-zero when either finds anything. */
async function check(name: string, text: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'staffcore-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, text);
    console.log(`${name}: ${Object.keys(JSON.parse(text).paths).length} paths, ${Math.round(text.length / 1024)} kB`);
    const validator = new Validator();
    const validation = await validator.validate(file);
    if (!validation.valid) {
      console.error('The document is not valid OpenAPI 3.1:', JSON.stringify(validation.errors, null, 2));
      return 1;
    }
    console.log(`valid OpenAPI ${validator.version} (@seriousme/openapi-schema-validator)`);

    // Redocly exits 0 on warnings: its JSON report's totals decide, and a failing run is shown again as text.
    const redocly = (format: 'json' | 'stylish') =>
      spawnSync(join(root, 'node_modules', '.bin', 'redocly'), ['lint', '--config', join(root, 'redocly.yaml'), `--format=${format}`, file], {
        encoding: 'utf8',
        stdio: format === 'json' ? ['ignore', 'pipe', 'pipe'] : 'inherit',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
    const report = redocly('json');
    let totals: { errors: number; warnings: number } | undefined;
    try {
      totals = (JSON.parse(report.stdout) as { totals: { errors: number; warnings: number } }).totals;
    } catch {
      console.error(`redocly lint gave no report (exit ${report.status}):\n${report.stderr}`);
      return 1;
    }
    console.log(`redocly lint: ${totals.errors} errors, ${totals.warnings} warnings`);
    if (totals.errors + totals.warnings > 0) {
      redocly('stylish');
      return 1;
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
