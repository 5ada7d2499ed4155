/// <reference types="node" />
// What only servers may import (Node's crypto): kept out of index.ts, which client bundles read too.
// Imported as `@forum/shared/server` (shared/server/package.json points here).
import { createHash, timingSafeEqual } from 'node:crypto';

/** Whether a secret sent with a request is the expected one: constant-time whatever the lengths (both sides are hashed first). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
