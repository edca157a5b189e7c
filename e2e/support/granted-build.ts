import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './extension';

/**
 * A copy of the built extension whose manifest already holds the host permission for `origins`.
 * Playwright can't click the browser's permission prompt; with the permission granted at install,
 * `permissions.request` answers yes without one, and everything after it (saving the instance,
 * registering the content script, the browser injecting it) is the real thing.
 */
export function buildGrantedFor(origins: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'smm-granted-'));
  cpSync(DIST, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [
    ...(manifest.host_permissions ?? []),
    ...origins.map((origin) => `${origin}/*`),
  ];
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return dir;
}
