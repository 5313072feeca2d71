// The English catalog: the same areas as Arabic, merged.
import type { MessageKey } from '../ar';
import type { Message } from '../plural';
import { core } from './core';
import { validation } from './validation';
import { domain } from './domain';
import { workflow } from './workflow';
import { schedule } from './schedule';
import { policy } from './policy';
import { programs } from './programs';
import { sidebar } from './sidebar';
import { complaints } from './complaints';
import { rowActions } from './rowActions';
import { staffDialogs } from './staffDialogs';
import { setupText } from './setupText';
import { health } from './health';
import { privacy } from './privacy';
import { channels } from './channels';
import { evidence } from './evidence';
import { addon } from './addon';

/** Object.assign, not a spread, for the same reason as the Arabic catalog (src/i18n/ar/index.ts): every execution
 *  loads the bundle afresh. Each area is typed against the Arabic keys, so the union is still exactly MessageKey. */
export const en: Record<MessageKey, Message> = Object.assign({}, core, validation, domain, workflow, policy, programs, schedule, sidebar, complaints, rowActions, staffDialogs, setupText, health, privacy, channels, evidence, addon);
