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
    name: 'createStaffcore + memoryStore (the README quick start)',
    path: ['dist/index.js', 'dist/adapters/memory/index.js'],
    import: {
      'dist/index.js': '{ bootstrapHierarchy, createStaffcore, standardRoles }',
      'dist/adapters/memory/index.js': '{ memoryStore }',
    },
    gzip: true,
    // Raised from 60 kB with #10: orders, invoices and credit bring decimal.js (~13 kB) and date-fns into the quick start.
    // Raised from 84 kB with #13: reports.run and its built-in reports (with csv-stringify) are actions of every instance (~6 kB).
    limit: '91 kB',
    modifyEsbuildConfig: withZod,
  },
];
