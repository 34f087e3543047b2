// The paging helpers live with the port, below both actions and reports; the actions import them from here.
export { eachFor, eachOf, idChunk, readAll, readAllFor } from '../../adapters/port/readAll.js';
