// Composes the Workspace add-on's own sandbox beside a register (its project in build/addon/, the same world), and
// the staff member using it: the people modules see only the host interface, never the Sandbox class.
import * as fs from 'fs';
import * as path from 'path';
import { Sandbox, DEFAULT_BUILD_DIR } from './runtime';
import type { World } from './context';
import { ADDON_PROJECT, AddonUser, readAddonManifest } from '../people/usesAddon';

export const ADDON_BUILD_DIR = path.join(DEFAULT_BUILD_DIR, 'addon');

/** The add-on's own sandbox in the register's world, from the build in `buildDir`, and its user over it (the
 *  sandbox itself for what only a test does to it: injecting a fault). */
export function addonProject(world: World, buildDir = ADDON_BUILD_DIR): { sandbox: Sandbox; user: AddonUser } {
  const sandbox = new Sandbox({ world, buildDir, project: ADDON_PROJECT });
  return { sandbox, user: new AddonUser(sandbox, readAddonManifest(buildDir)) };
}

/** The add-on's user over its own sandbox. */
export const addonUser = (world: World, buildDir = ADDON_BUILD_DIR): AddonUser => addonProject(world, buildDir).user;

/** The add-on's user when the add-on was built (build/addon/Code.js), else null. */
export function addonUserIfBuilt(world: World, buildDir = ADDON_BUILD_DIR): AddonUser | null {
  return fs.existsSync(path.join(buildDir, 'Code.js')) ? addonUser(world, buildDir) : null;
}
