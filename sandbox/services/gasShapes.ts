// The shapes of Google's classes a faked handle must keep (from @types/google-apps-script): a handle defines only
// methods Google's class has, each taking that method's parameters and, where Google returns a plain value (text,
// a number, a flag, a date, nothing), returning that; another Google object it returns is the handle's own fake.

type Plain = string | number | boolean | null | undefined | void | Date;

/** What a faked method returns: Google's plain value, or (for a Google object or a grid of values) the fake's own.
 *  Where Google returns nothing, so does the fake: `void | undefined`, which (unlike a plain `void`) no function
 *  returning a handle fits, so a fake cannot offer a chain (`para.setText('x').setHeading(…)`) Google breaks. */
type FakeResult<R> = 0 extends 1 & R ? R : [R] extends [void] ? Nothing : [R] extends [Plain] ? R : unknown;
/** Apps Script's void methods hand the script null, not undefined (gas-fakes teststores.js, live-validated). */
type Nothing = void | undefined | null;

/** What a faked method takes: Google's plain parameters as Google types them; a Google object (a rule, a sheet,
 *  a builder) is the fake's own, which the handle checks against its model. */
type FakeArg<P> = [P] extends [Plain | Plain[] | Plain[][]] ? P : any;
export type FakeArgs<A extends unknown[]> = { [I in keyof A]: FakeArg<A[I]> };

/**
 * A fake of Google class `T`: any subset of its methods, each with Google's signature (the last overload's, for a
 * method with several: a fake taking fewer parameters still fits, one taking another type does not).
 * A property that is no method (an enum such as SpreadsheetApp.ProtectionType) is the fake's own value.
 * `EnumMethods` take or give one of Google's enums, which @types declares as numbers while Apps Script (and the
 * sandbox) gives named values ('RANGE'): their names are checked, their types left to the handle.
 */
export type Fake<T, EnumMethods extends keyof T = never> = {
  [K in keyof T]?: K extends EnumMethods
    ? (...args: never[]) => unknown
    : T[K] extends (...args: infer A) => infer R ? (...args: FakeArgs<A>) => FakeResult<R> : unknown;
};

/** A fake as a test or a tool holding it sees it: Google's class `T` (a method the fake lacks fails when called,
 *  as "… is not a function" in Apps Script). `asGoogle<GoogleAppsScript.Document.DocumentApp>(createDocumentApp(c))`. */
export const asGoogle = <T>(fake: { [K in keyof T]?: unknown }): T => fake as unknown as T;

/** What a handle keeps beside Google's methods: its model under a `__` name, and toString(), which every Apps Script
 *  object answers with its class name and @types leaves out. */
export type Internal = { [internal: `__${string}`]: unknown; toString?: () => string };

/** Form as Google's reference has it: its publish state (developers.google.com/apps-script/reference/forms/form
 *  #setPublished(Boolean), 2025) is in gas-types-detailed, the machine-readable copy of the reference the scope
 *  table is made from, and not in @types/google-apps-script 2.0.13. */
export interface PublishableForm extends GoogleAppsScript.Forms.Form {
  isPublished(): boolean;
  setPublished(enabled: boolean): PublishableForm;
  supportsAdvancedResponderPermissions(): boolean;
}

/** FormApp with create(title, isPublished) (reference: forms/form-app#create(String,Boolean); not in @types 2.0.13). */
export interface PublishingFormApp extends GoogleAppsScript.Forms.FormApp {
  create(title: string, isPublished?: boolean): PublishableForm;
}

/** Google's class `T` where its reference says otherwise than @types: `Patch`'s methods replace @types' own. */
export type Referenced<T, Patch> = Omit<T, keyof Patch> & Patch;

/** FormResponse.getId() "returns null if the form response has not been submitted" (reference:
 *  forms/form-response#getId()); @types says string. */
export type ReferencedFormResponse = Referenced<GoogleAppsScript.Forms.FormResponse, { getId(): string | null }>;

/** ItemResponse.getScore() returns Object (reference: forms/item-response#getScore(); gas-types-detailed: any);
 *  @types says number. The sandbox's forms are no quizzes: it gives null. */
export type ReferencedItemResponse = Referenced<GoogleAppsScript.Forms.ItemResponse, { getScore(): number | null }>;

/** Docs' Text getters give null where the text holds more than one value of the attribute (reference:
 *  document/text#isBold(), #getFontSize(), #getFontFamily(), #getForegroundColor(), #getLinkUrl(): "null if the
 *  text contains multiple values"); @types leaves null out. */
export type ReferencedText = Referenced<GoogleAppsScript.Document.Text, {
  isBold(offset: number): boolean | null;
  isItalic(offset: number): boolean | null;
  isUnderline(offset: number): boolean | null;
  isStrikethrough(offset: number): boolean | null;
  getFontSize(offset: number): number | null;
  getFontFamily(offset: number): string | null;
  getForegroundColor(offset: number): string | null;
  getBackgroundColor(offset: number): string | null;
  getLinkUrl(offset: number): string | null;
}>;

/** Table.getColumnWidth and TableCell.getBackgroundColor: the reference gives Number and String; the sandbox gives
 *  null for a column or a cell never set (not checked live: the stricter for a caller, who must handle null). */
export type ReferencedTable = Referenced<GoogleAppsScript.Document.Table, { getColumnWidth(columnIndex: number): number | null }>;
export type ReferencedTableCell = Referenced<GoogleAppsScript.Document.TableCell, { getBackgroundColor(): string | null }>;

/** Service.getUrl() returns null where the script is not deployed as a web app (reference: script/service#getUrl());
 *  AuthorizationInfo.getAuthorizationUrl() returns null where no authorization is needed (reference:
 *  script/authorization-info#getAuthorizationUrl()). @types says string for both. */
export type ReferencedService = Referenced<GoogleAppsScript.Script.Service, { getUrl(): string | null }>;
export type ReferencedAuthorizationInfo = Referenced<GoogleAppsScript.Script.AuthorizationInfo, { getAuthorizationUrl(): string | null }>;
/** Trigger.getTriggerSourceId(): a time-driven trigger has no source, and the sandbox gives null for it (the
 *  reference gives String and does not say; not checked live: the stricter for a caller). */
export type ReferencedTrigger = Referenced<GoogleAppsScript.Script.Trigger, { getTriggerSourceId(): string | null }>;
/** HtmlOutput.getWidth()/getHeight(): null where no size was set (reference: html/html-output#getWidth(): "if the
 *  HtmlOutput is published as a web app instead, this method returns null"); @types says Integer. */
export type ReferencedHtmlOutput = Referenced<GoogleAppsScript.HTML.HtmlOutput, { getWidth(): number | null; getHeight(): number | null }>;
/** Blob.getName() and getContentType() give null where the blob has none (reference: base/blob#getName(),
 *  #getContentType(): "or null if not known"); @types says string. */
export type ReferencedBlob = Referenced<GoogleAppsScript.Base.Blob, { getName(): string | null; getContentType(): string | null }>;
