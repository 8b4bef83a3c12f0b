import { crypto } from './crypto.js';

/**
 * --redact: a stable pseudonym for a werknemer reference or a piece of free text, so that a
 * report can leave the team. A keyed hash (HMAC-SHA-256): the same key gives the same
 * pseudonym, so cases can still be told apart and followed across runs; without the key the
 * original cannot be looked up, not even by trying every employee number.
 */
export function pseudonymizer(key: string): (text: string) => string {
  return (text) => `anon-${crypto().createHmac('sha256', key).update(text).digest('hex').slice(0, 12)}`;
}
