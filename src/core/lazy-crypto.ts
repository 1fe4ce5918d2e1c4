import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';

const load = createRequire(import.meta.url);
let crypto: typeof Crypto | undefined;

/**
 * node:crypto, loaded on first use. Loading it takes ~5 ms (Node loads every cipher, key and KDF module
 * with it), a tenth of a `data-hash status` that never hashes a byte; the bundler leaves this require to
 * run time (it would hoist a static import to the chunk's start).
 */
export function nodeCrypto(): typeof Crypto {
  crypto ??= load('node:crypto') as typeof Crypto;
  return crypto;
}
