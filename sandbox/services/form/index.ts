// FormApp fake: create and open forms, item types and validation builders, response destinations.
import { randomBytes } from 'crypto';
import type { ExecutionContext } from '../../core/execution';
import { scriptError } from '../../core/execution';
import { newFileId, registerFile } from '../../core/files';
import { createFormHandles, textValidationBuilder } from './handles';
import { ITEM_TYPES, formSlot, type FormModel } from './model';
import type { Fake, PublishingFormApp } from '../gasShapes';

export const FORM_MIME = 'application/vnd.google-apps.form';

/** FormApp as Google's reference has it (sandbox/services/gasShapes.ts): a method it lacks, or another signature, is a type error. */
export function createFormApp(ctx: ExecutionContext): Fake<PublishingFormApp> {
  const handles = createFormHandles(ctx);
  const open = (method: string, id: string | undefined) => {
    const form = id ? formSlot(ctx.world).forms[id] : undefined;
    if (!form) throw scriptError(`Unexpected error while getting the method or property ${method} on object FormApp.`, 'FORM_NOT_FOUND');
    return handles.form(form);
  };
  return {
    ItemType: Object.fromEntries(ITEM_TYPES.map((t) => [t, t])),
    DestinationType: { SPREADSHEET: 'SPREADSHEET' },
    /** create(title) names the Drive file only: getTitle() is '' until setTitle (Google's behaviour,
     *  issuetracker 442747794, checked live by gas-fakes). The form starts unpublished unless
     *  create(title, true): Google creates forms unpublished after 30 June 2026. */
    create(title: unknown, ...rest: unknown[]) {
      ctx.call('FormApp.create');
      if (rest.length > 1 || (rest.length === 1 && typeof rest[0] !== 'boolean')) {
        throw scriptError('The parameters (String,' + typeof rest[0] + ') don\'t match the method signature for FormApp.create.', 'BAD_ARGUMENTS');
      }
      if (typeof title !== 'string' || title === '') throw scriptError('Invalid argument: title', 'BAD_ARGUMENTS');
      const published = rest[0] === true;
      const id = newFileId();
      const form: FormModel = {
        id, publishedId: `1FAIpQL${randomBytes(36).toString('base64url')}`, title: '', description: '', owner: ctx.user,
        collectEmail: false, requireLogin: false, published, acceptingResponses: published, confirmationMessage: '', settings: {},
        destinationId: null, destinationSheetId: null, items: [], responses: [], nextItemId: 100_000_001,
      };
      formSlot(ctx.world).forms[id] = form;
      registerFile(ctx.world, { id, name: title, mimeType: FORM_MIME, owner: ctx.user });
      return handles.form(form);
    },
    openById: (id: string) => (ctx.call('FormApp.openById'), open('openById', id)),
    openByUrl(url: string) {
      ctx.call('FormApp.openByUrl');
      const id = /\/forms\/d\/([\w-]+)/.exec(String(url))?.[1];
      // A URL that names no form (testform.js in gas-fakes, as live Apps Script throws).
      if (!id) throw scriptError('Invalid argument: url', 'BAD_ARGUMENTS');
      return open('openByUrl', id);
    },
    getActiveForm: () => null,
    createTextValidation: () => textValidationBuilder(),
  };
}
