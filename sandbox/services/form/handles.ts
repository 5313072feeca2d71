// The Form, Item, FormResponse and ItemResponse objects scripts hold, over the world's form model.
import type { ExecutionContext } from '../../core/execution';
import { Buffer } from 'buffer';
import { scriptError } from '../../core/execution';
import {
  QUESTION_TYPES, appendResponseRow, editUrl, newResponseId, publishedUrl, linkDestination,
  type Answer, type FormModel, type ItemModel, type ItemType, type ResponseModel, type TextValidationModel,
} from './model';
import { findSpreadsheet } from '../spreadsheet/store';
import { zonedParts } from '../../core/zone';
import type { Fake, Internal, PublishableForm, ReferencedFormResponse, ReferencedItemResponse } from '../gasShapes';

/** The handles' shapes: Google's classes (sandbox/services/gasShapes.ts), so a method Google lacks, or a signature it
 *  does not have, is a type error. An item handle may be any of the kinds the sandbox makes, so each method it has
 *  must fit every class that has it (getType gives one of Google's enums: named, as in Apps Script). */
type FakeItem = Fake<GoogleAppsScript.Forms.Item, 'getType'> & Fake<GoogleAppsScript.Forms.TextItem, 'getType'>
  & Fake<GoogleAppsScript.Forms.ParagraphTextItem, 'getType'> & Fake<GoogleAppsScript.Forms.MultipleChoiceItem, 'getType'>
  & Fake<GoogleAppsScript.Forms.CheckboxItem, 'getType'> & Fake<GoogleAppsScript.Forms.ListItem, 'getType'>
  & Fake<GoogleAppsScript.Forms.DateItem, 'getType'> & Fake<GoogleAppsScript.Forms.ScaleItem, 'getType'>
  & Fake<GoogleAppsScript.Forms.SectionHeaderItem, 'getType'> & Fake<GoogleAppsScript.Forms.PageBreakItem, 'getType'> & Internal;
type FakeItemResponse = Fake<ReferencedItemResponse> & Internal;
type FakeFormResponse = Fake<ReferencedFormResponse> & Internal;
/** setDestination and getDestinationType take and give a DestinationType, getItems an ItemType. */
export type FakeForm = Fake<PublishableForm, 'setDestination' | 'getDestinationType' | 'getItems'> & Internal & { __form: FormModel };
type FakeTextValidationBuilder = Fake<GoogleAppsScript.Forms.TextValidationBuilder> & Internal;

/** The methods of Google's Item class (reference: Class Item; duplicate is not faked). */
const GENERIC_ITEM = new Set(['toString', 'getId', 'getIndex', 'getType', 'getTitle', 'setTitle', 'getHelpText', 'setHelpText']);

const CHOICE_TYPES: ItemType[] = ['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'];

/** Apps Script's names for argument types in a signature error: (String,String). */
const argTypes = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? 'String' : typeof a === 'number' ? 'number' : a === null || a === undefined ? 'null' : 'Object')).join(',');

const CAST_NAMES: Record<ItemType, string> = {
  TEXT: 'asTextItem', PARAGRAPH_TEXT: 'asParagraphTextItem', MULTIPLE_CHOICE: 'asMultipleChoiceItem', CHECKBOX: 'asCheckboxItem',
  LIST: 'asListItem', DATE: 'asDateItem', SCALE: 'asScaleItem', SECTION_HEADER: 'asSectionHeaderItem', PAGE_BREAK: 'asPageBreakItem',
};

/** Google documents that setAcceptingResponses(true) throws on an unpublished form, not the text:
 *  this wording is the sandbox's. */
export const UNPUBLISHED_ACCEPTING_MESSAGE = 'A form that is not published cannot accept responses. Publish it first (Form.setPublished(true)).';

export const CLOSED_FORM_MESSAGE = 'This form is not accepting responses.';

export function textValidationBuilder(): FakeTextValidationBuilder {
  const model: TextValidationModel = { rule: 'CONTAINS', args: [], helpText: null };
  let chosen = false;
  const set = (rule: TextValidationModel['rule'], args: Array<string | number> = []) => ((model.rule = rule), (model.args = args), (chosen = true), builder);
  const builder: FakeTextValidationBuilder = {
    requireTextIsEmail: () => set('EMAIL'),
    requireTextIsUrl: () => set('URL'),
    requireNumber: () => set('NUMBER'),
    requireWholeNumber: () => set('WHOLE_NUMBER'),
    requireNumberBetween: (a: number, b: number) => set('NUMBER_BETWEEN', [a, b]),
    requireTextMatchesPattern: (pattern: string) => set('PATTERN', [pattern]),
    requireTextLengthLessThanOrEqualTo: (n: number) => set('LENGTH_AT_MOST', [n]),
    requireTextLengthGreaterThanOrEqualTo: (n: number) => set('LENGTH_AT_LEAST', [n]),
    requireTextContainsPattern: (text: string) => set('CONTAINS', [text]),
    setHelpText: (text: string) => ((model.helpText = text), builder),
    build: () => {
      if (!chosen) throw scriptError('The validation has no rule.', 'VALIDATION_NO_RULE');
      return { __validation: { ...model, args: [...model.args] } };
    },
  };
  return builder;
}

/** Whether a person's text answer passes the item's validation (what Google's form page enforces). */
export function passesTextValidation(v: TextValidationModel, text: string): boolean {
  switch (v.rule) {
    case 'EMAIL': return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case 'URL': return /^https?:\/\/\S+$/.test(text);
    case 'NUMBER': return text.trim() !== '' && !Number.isNaN(Number(text));
    case 'WHOLE_NUMBER': return /^-?\d+$/.test(text.trim());
    case 'NUMBER_BETWEEN': return Number(text) >= Number(v.args[0]) && Number(text) <= Number(v.args[1]);
    case 'PATTERN': return new RegExp(`^(?:${String(v.args[0])})$`).test(text);
    case 'LENGTH_AT_MOST': return text.length <= Number(v.args[0]);
    case 'LENGTH_AT_LEAST': return text.length >= Number(v.args[0]);
    case 'CONTAINS': return text.includes(String(v.args[0]));
    default: {
      const never: never = v.rule;
      return never;
    }
  }
}

export function createFormHandles(ctx: ExecutionContext) {
  const charge = (m: string) => ctx.call(m);

  function itemResponse(form: FormModel, item: ItemModel, answer: Answer): FakeItemResponse {
    return {
      getItem: () => itemHandle(form, item),
      getResponse: () => (Array.isArray(answer) ? ctx.realmArray([...answer]) : answer),
      getScore: () => null,
      __item: item,
      __answer: answer,
    };
  }

  /** An item as a script holds it: typed (what add*Item() and as*Item() give, printing its class,
   *  e.g. 'TextItem') or the generic Item that getItems() and getItemById() give (Google's
   *  reference: they return Item; it prints 'Item'). The sandbox lets either call every method. */
  function itemHandle(form: FormModel, item: ItemModel, typed = false): FakeItem {
    /** as…Item(): the same item, typed, or Google's refusal when it is of another kind. */
    const cast = (type: ItemType) => () => {
      if (item.type !== type) throw scriptError(`Item can't be cast to ${CAST_NAMES[type].slice(2)}.`, 'ITEM_CAST');
      return itemHandle(form, item, true);
    };
    const self: FakeItem = {
      toString: () => (typed ? CAST_NAMES[item.type].slice(2) : 'Item'),
      getId: () => item.id,
      getType: () => item.type,
      getIndex: () => form.items.indexOf(item),
      getTitle: () => item.title,
      setTitle: (t: string) => (charge('FormItem.setTitle'), (item.title = String(t)), self),
      getHelpText: () => item.helpText,
      setHelpText: (t: string) => (charge('FormItem.setHelpText'), (item.helpText = String(t)), self),
      isRequired: () => item.required,
      setRequired: (r: boolean) => (charge('FormItem.setRequired'), (item.required = r), self),
      setChoiceValues: (values: string[]) => (charge('FormItem.setChoiceValues'), (item.choices = values.map(String)), self),
      setChoices: (choices: Array<{ getValue(): string }>) => (charge('FormItem.setChoices'), (item.choices = choices.map((c) => c.getValue())), self),
      createChoice: (value: string) => ({ getValue: () => String(value) }),
      getChoices: () => item.choices.map((value) => ({ getValue: () => value })),
      setBounds: (lo: number, hi: number) => (charge('FormItem.setBounds'), (item.bounds = [lo, hi]), self),
      getLowerBound: () => item.bounds[0],
      getUpperBound: () => item.bounds[1],
      setLabels: (lo: string, hi: string) => (charge('FormItem.setLabels'), (item.labels = [lo, hi]), self),
      getLeftLabel: () => item.labels[0],
      getRightLabel: () => item.labels[1],
      setValidation: (v: { __validation: TextValidationModel }) => (charge('FormItem.setValidation'), (item.validation = { ...v.__validation }), self),
      createResponse(answer: unknown) {
        const value: Answer = Array.isArray(answer) ? answer.map(String)
          : Object.prototype.toString.call(answer) === '[object Date]' ? formatDateAnswer(answer as Date) : String(answer);
        return itemResponse(form, item, value);
      },
      asTextItem: cast('TEXT'),
      asParagraphTextItem: cast('PARAGRAPH_TEXT'),
      asMultipleChoiceItem: cast('MULTIPLE_CHOICE'),
      asCheckboxItem: cast('CHECKBOX'),
      asListItem: cast('LIST'),
      asDateItem: cast('DATE'),
      asScaleItem: cast('SCALE'),
      asSectionHeaderItem: cast('SECTION_HEADER'),
      asPageBreakItem: cast('PAGE_BREAK'),
      __item: item,
    };
    // Google's Item class has only these (and the as…Item() casts): typed methods need a cast first.
    if (!typed) for (const key of Object.keys(self) as Array<keyof FakeItem>) if (!GENERIC_ITEM.has(String(key)) && !String(key).startsWith('as') && !String(key).startsWith('__')) delete self[key];
    return self;
  }

  const formatDateAnswer = (d: Date) => {
    const p = zonedParts(d.getTime(), ctx.hooks.timeZone);
    return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  };

  function responseHandle(form: FormModel, response: ResponseModel, pending = false): FakeFormResponse {
    const self: FakeFormResponse = {
      getId: () => (pending ? null : response.id),
      getTimestamp: () => ctx.newDate(response.timestampMs),
      getRespondentEmail: () => response.email,
      getItemResponses: () => ctx.realmArray(form.items
        .filter((item) => response.answers[String(item.id)] !== undefined)
        .map((item) => itemResponse(form, item, response.answers[String(item.id)]))),
      getResponseForItem: (item: { __item: ItemModel }) => {
        const answer = response.answers[String(item.__item.id)];
        return answer === undefined ? null : itemResponse(form, item.__item, answer);
      },
      getEditResponseUrl: () => `${publishedUrl(form)}?edit2=${response.id}`,
      withItemResponse(ir: { __item: ItemModel; __answer: Answer }) {
        response.answers[String(ir.__item.id)] = ir.__answer;
        return self;
      },
      /** A script's own submission: recorded and written to the sheet, but no trigger fires. */
      submit() {
        charge('FormResponse.submit');
        // Strict: what a responder cannot do, a script's own submission does not get round either.
        if (form.published !== true || !form.acceptingResponses) throw scriptError(CLOSED_FORM_MESSAGE, 'FORM_CLOSED');
        response.timestampMs = ctx.now().getTime();
        response.id = newResponseId();
        form.responses.push(response);
        appendResponseRow(ctx.world, form, response);
        return responseHandle(form, response);
      },
    };
    return self;
  }

  function formHandle(form: FormModel): FakeForm {
    // Charged under Google's method name (addTextItem...), as the scope table knows it.
    const addItem = (type: ItemType, method: string) => () => {
      charge(`Form.${method}`);
      // A new choice item has one choice, valued '' (live Apps Script, testform.js in gas-fakes).
      const choices = CHOICE_TYPES.includes(type) ? [''] : [];
      const item: ItemModel = { id: form.nextItemId++, type, title: '', helpText: '', required: false, choices, bounds: [1, 5], labels: ['', ''], validation: null };
      form.items.push(item);
      return itemHandle(form, item, true);
    };
    const flag = (name: string) => (value: boolean) => (charge(`Form.set${name}`), (form.settings[name] = value), self);
    const self: FakeForm = {
      toString: () => 'Form',
      getId: () => form.id,
      getTitle: () => form.title,
      setTitle: (t: string) => (charge('Form.setTitle'), (form.title = String(t)), self),
      getDescription: () => form.description,
      setDescription: (t: string) => (charge('Form.setDescription'), (form.description = String(t)), self),
      setCollectEmail: (v: boolean) => (charge('Form.setCollectEmail'), (form.collectEmail = v), self),
      collectsEmail: () => form.collectEmail,
      setRequireLogin: (v: boolean) => (charge('Form.setRequireLogin'), (form.requireLogin = v), self),
      requiresLogin: () => form.requireLogin,
      setConfirmationMessage: (m: string) => (charge('Form.setConfirmationMessage'), (form.confirmationMessage = String(m)), self),
      getConfirmationMessage: () => form.confirmationMessage,
      setAcceptingResponses(v: boolean) {
        charge('Form.setAcceptingResponses');
        // Google's reference: throws "if enabled on an unpublished form".
        if (v && form.published !== true) throw scriptError(UNPUBLISHED_ACCEPTING_MESSAGE, 'FORM_UNPUBLISHED');
        form.acceptingResponses = !!v;
        return self;
      },
      isAcceptingResponses: () => (charge('Form.isAcceptingResponses'), form.published === true && form.acceptingResponses),
      /** Every form the sandbox makes is a current one that supports publishing. */
      supportsAdvancedResponderPermissions: () => (charge('Form.supportsAdvancedResponderPermissions'), true),
      isPublished: () => (charge('Form.isPublished'), form.published === true),
      setPublished(v: boolean) {
        charge('Form.setPublished');
        if (typeof v !== 'boolean') throw scriptError('Invalid argument: enabled', 'BAD_ARGUMENTS');
        // "The state [accepting responses] is overwritten when the publish state of the form is changed."
        if ((form.published === true) !== v) form.acceptingResponses = v;
        form.published = v;
        return self;
      },
      setAllowResponseEdits: flag('AllowResponseEdits'),
      setLimitOneResponsePerUser: flag('LimitOneResponsePerUser'),
      setShowLinkToRespondAgain: flag('ShowLinkToRespondAgain'),
      setProgressBar: flag('ProgressBar'),
      setShuffleQuestions: flag('ShuffleQuestions'),
      setPublishingSummary: flag('PublishingSummary'),
      setDestination(type: string, id: string) {
        charge('Form.setDestination');
        // Any other value is no DestinationType: Apps Script refuses the call's signature.
        if (type !== 'SPREADSHEET') throw scriptError(`The parameters (${argTypes([type, id])}) don't match the method signature for FormApp.Form.setDestination.`, 'BAD_ARGUMENTS');
        const ss = findSpreadsheet(ctx.world, id);
        if (!ss) throw scriptError('Invalid argument: id', 'BAD_DESTINATION');
        linkDestination(ctx.world, form, ss);
        return self;
      },
      getDestinationId: () => {
        if (!form.destinationId) throw scriptError('There is no destination for the responses of this form.', 'NO_DESTINATION');
        return form.destinationId;
      },
      getDestinationType: () => (form.destinationId ? 'SPREADSHEET' : null),
      removeDestination: () => (charge('Form.removeDestination'), (form.destinationId = null), (form.destinationSheetId = null), self),
      getPublishedUrl: () => publishedUrl(form),
      getEditUrl: () => editUrl(form),
      shortenFormUrl: (url: string) => (charge('Form.shortenFormUrl'), `https://forms.gle/${Buffer.from(url).toString('base64url').slice(-17)}`),
      addTextItem: addItem('TEXT', 'addTextItem'),
      addParagraphTextItem: addItem('PARAGRAPH_TEXT', 'addParagraphTextItem'),
      addMultipleChoiceItem: addItem('MULTIPLE_CHOICE', 'addMultipleChoiceItem'),
      addCheckboxItem: addItem('CHECKBOX', 'addCheckboxItem'),
      addListItem: addItem('LIST', 'addListItem'),
      addDateItem: addItem('DATE', 'addDateItem'),
      addScaleItem: addItem('SCALE', 'addScaleItem'),
      addSectionHeaderItem: addItem('SECTION_HEADER', 'addSectionHeaderItem'),
      addPageBreakItem: addItem('PAGE_BREAK', 'addPageBreakItem'),
      getItems: (type?: ItemType) => (charge('Form.getItems'), ctx.realmArray(form.items.filter((i) => !type || i.type === type).map((i) => itemHandle(form, i)))),
      getItemById: (id: number) => {
        charge('Form.getItemById');
        const item = form.items.find((i) => i.id === Number(id));
        return item ? itemHandle(form, item) : null;
      },
      deleteItem(target: number | { __item: ItemModel }) {
        charge('Form.deleteItem');
        const index = typeof target === 'number' ? target : form.items.indexOf(target.__item);
        if (index < 0 || index >= form.items.length) throw scriptError('Invalid argument: index', 'BAD_ITEM');
        form.items.splice(index, 1);
      },
      getResponses(since?: Date) {
        const listed = form.responses.filter((r) => !since || r.timestampMs >= since.getTime());
        // Priced by what comes back: each answer like a cell read (costs.ts, docs/sandbox.md "Priced by size").
        ctx.call('Form.getResponses', { responses: listed.length, cellsRead: listed.reduce((n, r) => n + Object.keys(r.answers).length, 0) });
        return ctx.realmArray(listed.map((r) => responseHandle(form, r)));
      },
      getResponse: (id: string) => {
        charge('Form.getResponse');
        const r = form.responses.find((x) => x.id === id);
        if (!r) throw scriptError(`No response with ID ${id} exists for this form.`, 'NO_RESPONSE');
        return responseHandle(form, r);
      },
      createResponse: () => responseHandle(form, { id: '', timestampMs: 0, email: ctx.user, answers: {}, byScript: true, row: null }, true),
      deleteAllResponses: () => (charge('Form.deleteAllResponses'), (form.responses = []), self),
      // Form.deleteResponse(responseId): "Deletes a single response from the form's response store" (Apps Script
      // reference, Class Form). An unknown id fails as getResponse does (stricter than guessing it is a no-op).
      deleteResponse: (id: string) => {
        charge('Form.deleteResponse');
        const at = form.responses.findIndex((x) => x.id === id);
        if (at < 0) throw scriptError(`No response with ID ${id} exists for this form.`, 'NO_RESPONSE');
        form.responses.splice(at, 1);
        return self;
      },
      __form: form,
    };
    return self;
  }

  return { form: formHandle, item: itemHandle, response: responseHandle, questionTypes: QUESTION_TYPES };
}
