import { writeCsv, writeJsonArray } from './checkData.js';
await writeCsv('/tmp/mem/c5m.csv', 5_000_000);
await writeJsonArray('/tmp/mem/c5m.json', 5_000_000);
