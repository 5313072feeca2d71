// The Arabic catalog: one object per area, merged; Arabic is the source of the key set.
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

/** One object with every area's messages. Object.assign, not an object spread: every execution loads the bundle
 *  afresh, and V8 spends about 10 ms spreading seventeen objects into one of 1,400 keys, against well under one for
 *  Object.assign (measured in a fresh node:vm context; docs/sandbox.md, "What an execution costs in real time"). */
type Catalog = typeof core & typeof validation & typeof domain & typeof workflow & typeof policy & typeof programs & typeof schedule & typeof sidebar & typeof complaints & typeof rowActions & typeof staffDialogs & typeof setupText & typeof health & typeof privacy & typeof channels & typeof evidence & typeof addon;
export const ar: Catalog = Object.assign({}, core, validation, domain, workflow, policy, programs, schedule, sidebar, complaints, rowActions, staffDialogs, setupText, health, privacy, channels, evidence, addon);
export type MessageKey = keyof typeof ar;
