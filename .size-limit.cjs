// Size budgets for what a browser host bundles, measured by size-limit with esbuild (minified,
// gzipped) from the built ESM files: run `npm run build` first, then `npm run check:size`.
//
// size-limit leaves peer dependencies out of the bundle; zod is put back in, because a host
// ships it too and a budget that ignored it could not notice zod creeping into `statusOf`.
const withZod = (config) => ({ ...config, external: (config.external ?? []).filter((name) => name !== 'zod') });

module.exports = [
  {
    name: 'statusOf alone',
    path: 'dist/index.js',
    import: { 'dist/index.js': '{ statusOf }' },
    gzip: true,
    limit: '4 kB',
    modifyEsbuildConfig: withZod,
  },
  {
    name: 'the Customer schema alone (with zod)',
    path: 'dist/index.js',
    import: { 'dist/index.js': '{ Customer }' },
    gzip: true,
    limit: '30 kB',
    modifyEsbuildConfig: withZod,
  },
  {
    name: 'createStaffcore + the customers group + memoryStore (the README quick start)',
    path: ['dist/index.js', 'dist/adapters/memory/index.js'],
    import: {
      'dist/index.js': '{ bootstrapHierarchy, createStaffcore, customers, standardRoles }',
      'dist/adapters/memory/index.js': '{ memoryStore }',
    },
    gzip: true,
    // #21: createStaffcore binds only the groups given, so the quick start carries the customers group alone
    // (96 kB before, with every group bound). The target is 60 kB; this is 61.85 kB: zod alone is
    // 26.2 kB of it and the memory store validates every record it writes with its entity's schema, so every
    // record schema comes along. The limit is lowered from 96 kB to what the change reached, never raised.
    // csv-stringify is left out: it is imported on the first CSV written (src/reports/toCsv.ts), a chunk of its own.
    ignore: ['csv-stringify'],
    limit: '62 kB',
    modifyEsbuildConfig: withZod,
  },
  {
    name: 'createStaffcore + every group (allActions) + memoryStore',
    path: ['dist/index.js', 'dist/adapters/memory/index.js'],
    import: {
      'dist/index.js': '{ allActions, bootstrapHierarchy, createStaffcore, standardRoles }',
      'dist/adapters/memory/index.js': '{ memoryStore }',
    },
    gzip: true,
    // Every group at once: the most any group can bring (#21: every group at most 110 kB).
    ignore: ['csv-stringify'],
    limit: '110 kB',
    modifyEsbuildConfig: withZod,
  },
  {
    name: 'grossProfit alone (decimal.js and date-fns included)',
    path: 'dist/index.js',
    import: { 'dist/index.js': '{ grossProfit }' },
    gzip: true,
    // The target was 15 kB; decimal.js alone is 12.9 kB gzipped and cannot be tree-shaken (one class),
    // and the calculator (input checks with their messages, wage-base runs by calendar year through
    // date-fns, its error class) adds about 3 kB.
    limit: '16.2 kB',
    modifyEsbuildConfig: withZod,
  },
];
