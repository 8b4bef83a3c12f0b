import { createRequire } from 'node:module';

/*
 * node:crypto, loaded when first asked for. Loading it costs every start some 7 ms (npm run
 * bench), and a plain check never hashes: only calendar UIDs, --redact and a report file's
 * temporary name need it.
 */
const require = createRequire(import.meta.url);

export const crypto = (): typeof import('node:crypto') => require('node:crypto') as typeof import('node:crypto');
