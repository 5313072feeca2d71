// The CardService builders: each fake keeps its plain model, checks arguments as Apps Script does, and
// charges the cost model; only method names that exist in @types/google-apps-script are accepted.
import type { ServiceContext } from '../../core/context';
import { scriptError } from '../../core/execution';
import type { FakeArgs } from '../gasShapes';
import type {
  ActionModel, ActionResponseModel, CardActionModel, CardHeaderModel, CardModel, ClickModel, GridItemModel,
  EditorFileScopeResponseModel, NavigationStep, OpenLinkModel, SectionModel, TextButtonModel, WidgetModel,
} from './model';

/** A chaining method: validates and records its arguments on the model; the fake returns itself. Its parameters
 *  are Google's (sandbox/services/gasShapes.ts: plain ones as Google types them, Google objects the fake's own). */
type Names<I> = Extract<keyof I, string>;
type Setter = (...args: never[]) => void;
type Setters<I> = { [K in keyof I]?: I[K] extends (...args: infer A) => unknown ? (...args: FakeArgs<A>) => void : never };
/** A method that returns something other than the fake itself (build, printJson...). */
type Finishers<I> = { [K in keyof I]?: I[K] extends (...args: infer A) => unknown ? (...args: FakeArgs<A>) => unknown : never };

/** The fakes this module made, with the class they stand for and the model they fill. */
const registry = new WeakMap<object, { cls: string; model: unknown }>();

export const cardRegistry = {
  /** The model behind a fake, or null when `value` is not one of ours (of class `cls`, if given). */
  modelOf<T>(value: unknown, cls?: string): T | null {
    if (!value || typeof value !== 'object') return null;
    const entry = registry.get(value);
    return entry && (!cls || entry.cls === cls) ? (entry.model as T) : null;
  },
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const entry = typeof value === 'object' ? registry.get(value) : undefined;
  if (entry) return `CardService.${entry.cls}`;
  if (typeof value === 'string') return 'String';
  if (Array.isArray(value)) return 'Array';
  return typeof value === 'object' ? 'Object' : typeof value;
}

/** The wording Apps Script uses when an argument has the wrong type. */
function badArguments(cls: string, method: string, args: unknown[]): Error {
  return scriptError(
    `The parameters (${args.map(describe).join(',')}) don't match the method signature for CardService.${cls}.${method}.`,
    'CARD_BAD_ARGUMENT',
  );
}

function invalid(message: string): Error {
  return scriptError(message, 'CARD_INVALID');
}

/** Builds a fake of class `cls` around `model`: every method is charged and setters chain. */
function makeFake<I>(ctx: ServiceContext, cls: string, model: unknown, setters: Setters<I>, finishers: Finishers<I> = {}): I {
  const fake: Record<string, unknown> = {};
  for (const [name, setter] of Object.entries(setters) as Array<[string, Setter]>) {
    fake[name] = (...args: unknown[]) => {
      ctx.call(`${cls}.${name}`);
      // The script's arguments as Apps Script hands them: the setter checks them as Apps Script does.
      setter(...(args as never[]));
      return fake;
    };
  }
  for (const [name, finish] of Object.entries(finishers) as Array<[string, (...a: never[]) => unknown]>) {
    fake[name] = (...args: unknown[]) => {
      ctx.call(`${cls}.${name}`);
      return finish(...(args as never[]));
    };
  }
  fake.toString = () => cls;
  registry.set(fake, { cls, model });
  // Scripts see the fake through the real interface; methods it lacks are absent at run time, as a TypeError would show.
  return fake as unknown as I;
}

/** Argument checkers that throw Apps Script's signature error. */
function checks(cls: string) {
  const text = (method: string) => (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw badArguments(cls, method, [value]);
  };
  const flag = (method: string) => (value: unknown): boolean => {
    if (typeof value !== 'boolean') throw badArguments(cls, method, [value]);
    return value;
  };
  const integer = (method: string) => (value: unknown): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw badArguments(cls, method, [value]);
    return Math.trunc(value);
  };
  const oneOf = (method: string, allowed: readonly string[]) => (value: unknown): string => {
    const name = String(value);
    if (!allowed.includes(name)) throw badArguments(cls, method, [value]);
    return name;
  };
  const fakeOf = <T>(method: string, wanted: string | string[]) => (value: unknown): T => {
    for (const kind of Array.isArray(wanted) ? wanted : [wanted]) {
      const model = cardRegistry.modelOf<T>(value, kind);
      if (model) return model;
    }
    throw badArguments(cls, method, [value]);
  };
  return { text, flag, integer, oneOf, fakeOf };
}

export const ENUMS = {
  BorderType: ['NO_BORDER', 'STROKE'],
  ComposedEmailType: ['REPLY_AS_DRAFT', 'STANDALONE_DRAFT'],
  ContentType: ['TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML'],
  DisplayStyle: ['PEEK', 'REPLACE'],
  GridItemLayout: ['TEXT_BELOW', 'TEXT_ABOVE'],
  HorizontalAlignment: ['START', 'CENTER', 'END'],
  Icon: [
    'NONE', 'AIRPLANE', 'BOOKMARK', 'BUS', 'CAR', 'CLOCK', 'CONFIRMATION_NUMBER_ICON', 'DOLLAR', 'DESCRIPTION', 'EMAIL',
    'EVENT_PERFORMER', 'EVENT_SEAT', 'FLIGHT_ARRIVAL', 'FLIGHT_DEPARTURE', 'HOTEL', 'HOTEL_ROOM_TYPE', 'INVITE', 'MAP_PIN',
    'MEMBERSHIP', 'MULTIPLE_PEOPLE', 'OFFER', 'PERSON', 'PHONE', 'RESTAURANT_ICON', 'SHOPPING_CART', 'STAR', 'STORE',
    'TICKET', 'TRAIN', 'VIDEO_CAMERA', 'VIDEO_PLAY',
  ],
  ImageCropType: ['SQUARE', 'CIRCLE', 'RECTANGLE_CUSTOM', 'RECTANGLE_4_3'],
  ImageStyle: ['SQUARE', 'CIRCLE'],
  InputType: ['TEXT', 'INTEGER', 'FLOAT', 'EMAIL'],
  Interaction: ['INTERACTION_UNSPECIFIED', 'OPEN_DIALOG'],
  LoadIndicator: ['SPINNER', 'NONE'],
  OnClose: ['NOTHING', 'RELOAD', 'RELOAD_ADD_ON'],
  OpenAs: ['FULL_SIZE', 'OVERLAY'],
  SelectionInputType: ['CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH', 'MULTI_SELECT'],
  SwitchControlType: ['SWITCH', 'CHECK_BOX'],
  TextButtonStyle: ['OUTLINED', 'FILLED', 'FILLED_TONAL', 'BORDERLESS'],
  UpdateDraftBodyType: ['IN_PLACE_INSERT'],
} as const satisfies Partial<Record<Names<GoogleAppsScript.Card_Service.CardService>, readonly string[]>>;

/** Widgets that run something when clicked share these three setters. */
function clickSetters(cls: string, target: { onClick: ClickModel | null }) {
  const c = checks(cls);
  return {
    setOnClickAction: (a: unknown) => void (target.onClick = { kind: 'action', action: c.fakeOf<ActionModel>('setOnClickAction', 'Action')(a) }),
    setOnClickOpenLinkAction: (a: unknown) =>
      void (target.onClick = { kind: 'openLinkAction', action: c.fakeOf<ActionModel>('setOnClickOpenLinkAction', 'Action')(a) }),
    setOpenLink: (l: unknown) => void (target.onClick = { kind: 'openLink', openLink: c.fakeOf<OpenLinkModel>('setOpenLink', 'OpenLink')(l) }),
  };
}

function checkClick(where: string, click: ClickModel | null): void {
  if (!click) return;
  if (click.kind === 'openLink' && !click.openLink.url) throw invalid(`${where}: an OpenLink needs a URL (setUrl).`);
  if (click.kind !== 'openLink' && !click.action.functionName) throw invalid(`${where}: an Action needs a function name (setFunctionName).`);
}

function checkButton(button: TextButtonModel): void {
  if (!button.text) throw invalid('TextButton: a button needs text (setText).');
  if (!button.onClick) throw invalid(`TextButton "${button.text}": a button needs an action or a link.`);
  checkClick(`TextButton "${button.text}"`, button.onClick);
}

function checkWidget(widget: WidgetModel): void {
  switch (widget.kind) {
    case 'textParagraph':
      if (widget.text === null) throw invalid('TextParagraph: text is required (setText).');
      return;
    case 'decoratedText':
      if (widget.text === null) throw invalid('DecoratedText: text is required (setText).');
      if (widget.button) checkButton(widget.button);
      return checkClick('DecoratedText', widget.onClick);
    case 'keyValue':
      if (widget.content === null) throw invalid('KeyValue: content is required (setContent).');
      if (widget.button) checkButton(widget.button);
      return checkClick('KeyValue', widget.onClick);
    case 'textButton':
      return checkButton(widget);
    case 'buttonSet':
      if (widget.buttons.length === 0) throw invalid('ButtonSet: add at least one button.');
      return widget.buttons.forEach(checkButton);
    case 'divider':
      return;
    case 'grid':
      if (widget.items.length === 0) throw invalid('Grid: add at least one item.');
      return checkClick('Grid', widget.onClick);
    case 'image':
      if (!widget.imageUrl) throw invalid('Image: an image URL is required (setImageUrl).');
      return checkClick('Image', widget.onClick);
    case 'textInput':
      if (!widget.fieldName) throw invalid('TextInput: a field name is required (setFieldName).');
      return;
    default: {
      const _exhaustive: never = widget;
      return _exhaustive;
    }
  }
}

/** The checks Apps Script makes when a card is built, so a card that would fail there fails here. */
export function checkCard(card: CardModel): void {
  if (card.sections.length === 0) throw invalid('Card: a card needs at least one section.');
  if (card.header && !card.header.title) throw invalid('CardHeader: a header needs a title (setTitle).');
  for (const section of card.sections) {
    if (section.widgets.length === 0) throw invalid(`CardSection${section.header ? ` "${section.header}"` : ''}: a section needs at least one widget.`);
    section.widgets.forEach(checkWidget);
  }
  for (const action of card.cardActions) {
    if (!action.text) throw invalid('CardAction: text is required (setText).');
    checkClick(`CardAction "${action.text}"`, action.onClick);
  }
  if (card.fixedFooter?.primary) checkButton(card.fixedFooter.primary);
  if (card.fixedFooter?.secondary) checkButton(card.fixedFooter.secondary);
}

/** A frozen copy: what a built card holds no longer changes when the builders do. */
const snapshot = <T>(model: T): T => JSON.parse(JSON.stringify(model)) as T;

/** `holdsScope`: whether the execution holds a scope (the file-scope request needs drive.file in the manifest). */
export function cardBuilders(ctx: ServiceContext, holdsScope: (scope: string) => boolean = () => true) {
  const newCard = (model: CardModel) =>
    makeFake<GoogleAppsScript.Card_Service.Card>(ctx, 'Card', model, {}, { printJson: () => JSON.stringify(model) });

  const widgets = {
    newTextParagraph() {
      const model: WidgetModel & { kind: 'textParagraph' } = { kind: 'textParagraph', text: null };
      const c = checks('TextParagraph');
      return makeFake<GoogleAppsScript.Card_Service.TextParagraph>(ctx, 'TextParagraph', model, { setText: (t) => void (model.text = c.text('setText')(t)) });
    },
    newDecoratedText() {
      const model: WidgetModel & { kind: 'decoratedText' } = {
        kind: 'decoratedText', text: null, topLabel: null, bottomLabel: null, wrapText: false, icon: null, button: null, onClick: null,
      };
      const c = checks('DecoratedText');
      return makeFake<GoogleAppsScript.Card_Service.DecoratedText>(ctx, 'DecoratedText', model, {
        setText: (t) => void (model.text = c.text('setText')(t)),
        setTopLabel: (t) => void (model.topLabel = c.text('setTopLabel')(t)),
        setBottomLabel: (t) => void (model.bottomLabel = c.text('setBottomLabel')(t)),
        setWrapText: (w) => void (model.wrapText = c.flag('setWrapText')(w)),
        // Google's DecoratedText has no setIcon/setIconAltText (KeyValue had them; DecoratedText uses setStartIcon).
        setButton: (b) => void (model.button = c.fakeOf<TextButtonModel>('setButton', 'TextButton')(b)),
        ...clickSetters('DecoratedText', model),
      });
    },
    newKeyValue() {
      const model: WidgetModel & { kind: 'keyValue' } = {
        kind: 'keyValue', content: null, topLabel: null, bottomLabel: null, multiline: false, icon: null, button: null, onClick: null,
      };
      const c = checks('KeyValue');
      return makeFake<GoogleAppsScript.Card_Service.KeyValue>(ctx, 'KeyValue', model, {
        setContent: (t) => void (model.content = c.text('setContent')(t)),
        setTopLabel: (t) => void (model.topLabel = c.text('setTopLabel')(t)),
        setBottomLabel: (t) => void (model.bottomLabel = c.text('setBottomLabel')(t)),
        setMultiline: (m) => void (model.multiline = c.flag('setMultiline')(m)),
        setIcon: (i) => void (model.icon = c.oneOf('setIcon', ENUMS.Icon)(i)),
        setIconAltText: (t) => void c.text('setIconAltText')(t),
        setButton: (b) => void (model.button = c.fakeOf<TextButtonModel>('setButton', 'TextButton')(b)),
        ...clickSetters('KeyValue', model),
      });
    },
    newTextButton() {
      const model: TextButtonModel = { kind: 'textButton', text: null, altText: null, disabled: false, style: 'OUTLINED', backgroundColor: null, onClick: null };
      const c = checks('TextButton');
      return makeFake<GoogleAppsScript.Card_Service.TextButton>(ctx, 'TextButton', model, {
        setText: (t) => void (model.text = c.text('setText')(t)),
        setAltText: (t) => void (model.altText = c.text('setAltText')(t)),
        setDisabled: (d) => void (model.disabled = c.flag('setDisabled')(d)),
        setTextButtonStyle: (s) => void (model.style = c.oneOf('setTextButtonStyle', ENUMS.TextButtonStyle)(s)),
        setBackgroundColor: (b) => void (model.backgroundColor = c.text('setBackgroundColor')(b)),
        ...clickSetters('TextButton', model),
      });
    },
    newButtonSet() {
      const model: WidgetModel & { kind: 'buttonSet' } = { kind: 'buttonSet', buttons: [] };
      const c = checks('ButtonSet');
      return makeFake<GoogleAppsScript.Card_Service.ButtonSet>(ctx, 'ButtonSet', model, {
        addButton: (b) => void model.buttons.push(c.fakeOf<TextButtonModel>('addButton', 'TextButton')(b)),
      });
    },
    newDivider() {
      return makeFake<GoogleAppsScript.Card_Service.Divider>(ctx, 'Divider', { kind: 'divider' }, {});
    },
    newGrid() {
      const model: WidgetModel & { kind: 'grid' } = { kind: 'grid', title: null, numColumns: 1, items: [], onClick: null };
      const c = checks('Grid');
      return makeFake<GoogleAppsScript.Card_Service.Grid>(ctx, 'Grid', model, {
        setTitle: (t) => void (model.title = c.text('setTitle')(t)),
        setNumColumns: (n) => void (model.numColumns = Math.max(1, c.integer('setNumColumns')(n))),
        addItem: (i) => void model.items.push(c.fakeOf<GridItemModel>('addItem', 'GridItem')(i)),
        ...clickSetters('Grid', model),
      });
    },
    newGridItem() {
      const model: GridItemModel = { identifier: null, title: null, subtitle: null, imageUrl: null };
      const c = checks('GridItem');
      return makeFake<GoogleAppsScript.Card_Service.GridItem>(ctx, 'GridItem', model, {
        setIdentifier: (t) => void (model.identifier = c.text('setIdentifier')(t)),
        setTitle: (t) => void (model.title = c.text('setTitle')(t)),
        setSubtitle: (t) => void (model.subtitle = c.text('setSubtitle')(t)),
      });
    },
    newImage() {
      const model: WidgetModel & { kind: 'image' } = { kind: 'image', imageUrl: null, altText: null, onClick: null };
      const c = checks('Image');
      return makeFake<GoogleAppsScript.Card_Service.Image>(ctx, 'Image', model, {
        setImageUrl: (u) => void (model.imageUrl = c.text('setImageUrl')(u)),
        setAltText: (t) => void (model.altText = c.text('setAltText')(t)),
        ...clickSetters('Image', model),
      });
    },
    newTextInput() {
      const model: WidgetModel & { kind: 'textInput' } = { kind: 'textInput', fieldName: null, title: null, hint: null, value: null, multiline: false };
      const c = checks('TextInput');
      return makeFake<GoogleAppsScript.Card_Service.TextInput>(ctx, 'TextInput', model, {
        setFieldName: (t) => void (model.fieldName = c.text('setFieldName')(t)),
        setTitle: (t) => void (model.title = c.text('setTitle')(t)),
        setHint: (t) => void (model.hint = c.text('setHint')(t)),
        setValue: (t) => void (model.value = c.text('setValue')(t)),
        setMultiline: (m) => void (model.multiline = c.flag('setMultiline')(m)),
      });
    },
  };

  const WIDGET_CLASSES = ['TextParagraph', 'DecoratedText', 'KeyValue', 'TextButton', 'ButtonSet', 'Divider', 'Grid', 'Image', 'TextInput'];

  const structure = {
    newCardHeader() {
      const model: CardHeaderModel = { title: null, subtitle: null, imageUrl: null, imageAltText: null, imageStyle: 'SQUARE' };
      const c = checks('CardHeader');
      return makeFake<GoogleAppsScript.Card_Service.CardHeader>(ctx, 'CardHeader', model, {
        setTitle: (t) => void (model.title = c.text('setTitle')(t)),
        setSubtitle: (t) => void (model.subtitle = c.text('setSubtitle')(t)),
        setImageUrl: (u) => void (model.imageUrl = c.text('setImageUrl')(u)),
        setImageAltText: (t) => void (model.imageAltText = c.text('setImageAltText')(t)),
        setImageStyle: (s) => void (model.imageStyle = c.oneOf('setImageStyle', ENUMS.ImageStyle)(s)),
      });
    },
    newCardSection() {
      const model: SectionModel = { header: null, collapsible: false, numUncollapsibleWidgets: null, widgets: [] };
      const c = checks('CardSection');
      return makeFake<GoogleAppsScript.Card_Service.CardSection>(ctx, 'CardSection', model, {
        setHeader: (t) => void (model.header = c.text('setHeader')(t)),
        setCollapsible: (f) => void (model.collapsible = c.flag('setCollapsible')(f)),
        setNumUncollapsibleWidgets: (n) => void (model.numUncollapsibleWidgets = c.integer('setNumUncollapsibleWidgets')(n)),
        addWidget: (w) => void model.widgets.push(c.fakeOf<WidgetModel>('addWidget', WIDGET_CLASSES)(w)),
      });
    },
    newCardAction() {
      const model: CardActionModel = { text: null, onClick: null };
      const c = checks('CardAction');
      return makeFake<GoogleAppsScript.Card_Service.CardAction>(ctx, 'CardAction', model, {
        setText: (t) => void (model.text = c.text('setText')(t)),
        ...clickSetters('CardAction', model),
      });
    },
    newFixedFooter() {
      const model: NonNullable<CardModel['fixedFooter']> = { primary: null, secondary: null };
      const c = checks('FixedFooter');
      return makeFake<GoogleAppsScript.Card_Service.FixedFooter>(ctx, 'FixedFooter', model, {
        setPrimaryButton: (b) => void (model.primary = c.fakeOf<TextButtonModel>('setPrimaryButton', 'TextButton')(b)),
        setSecondaryButton: (b) => void (model.secondary = c.fakeOf<TextButtonModel>('setSecondaryButton', 'TextButton')(b)),
      });
    },
    newCardBuilder() {
      const model: CardModel = { name: null, header: null, peekHeader: null, displayStyle: 'REPLACE', sections: [], cardActions: [], fixedFooter: null };
      const c = checks('CardBuilder');
      return makeFake<GoogleAppsScript.Card_Service.CardBuilder>(ctx, 'CardBuilder', model, {
        setName: (n) => void (model.name = c.text('setName')(n)),
        setHeader: (h) => void (model.header = c.fakeOf<CardHeaderModel>('setHeader', 'CardHeader')(h)),
        setPeekCardHeader: (h) => void (model.peekHeader = c.fakeOf<CardHeaderModel>('setPeekCardHeader', 'CardHeader')(h)),
        setDisplayStyle: (s) => void (model.displayStyle = c.oneOf('setDisplayStyle', ENUMS.DisplayStyle)(s)),
        addSection: (s) => void model.sections.push(c.fakeOf<SectionModel>('addSection', 'CardSection')(s)),
        addCardAction: (a) => void model.cardActions.push(c.fakeOf<CardActionModel>('addCardAction', 'CardAction')(a)),
        setFixedFooter: (f) => void (model.fixedFooter = c.fakeOf<NonNullable<CardModel['fixedFooter']>>('setFixedFooter', 'FixedFooter')(f)),
      }, {
        build: () => {
          checkCard(model);
          return newCard(snapshot(model));
        },
      });
    },
  };

  const actions = {
    newAction() {
      const model: ActionModel = {
        functionName: null, parameters: {}, loadIndicator: 'NONE', persistValues: false, interaction: null, requiredWidgets: [], allWidgetsAreRequired: false,
      };
      const c = checks('Action');
      return makeFake<GoogleAppsScript.Card_Service.Action>(ctx, 'Action', model, {
        setFunctionName: (n) => void (model.functionName = c.text('setFunctionName')(n)),
        setParameters: (p) => {
          // Apps Script passes parameters as strings only: anything else is refused, not coerced.
          if (!p || typeof p !== 'object' || Array.isArray(p) || Object.values(p).some((v) => typeof v !== 'string')) {
            throw badArguments('Action', 'setParameters', [p]);
          }
          model.parameters = { ...(p as Record<string, string>) };
        },
        setLoadIndicator: (l) => void (model.loadIndicator = c.oneOf('setLoadIndicator', ENUMS.LoadIndicator)(l)),
        setPersistValues: (f) => void (model.persistValues = c.flag('setPersistValues')(f)),
        setInteraction: (i) => void (model.interaction = c.oneOf('setInteraction', ENUMS.Interaction)(i)),
        addRequiredWidget: (w) => void model.requiredWidgets.push(c.text('addRequiredWidget')(w)),
        setAllWidgetsAreRequired: (f) => void (model.allWidgetsAreRequired = c.flag('setAllWidgetsAreRequired')(f)),
      });
    },
    newOpenLink() {
      const model: OpenLinkModel = { url: null, openAs: 'FULL_SIZE', onClose: 'NOTHING' };
      const c = checks('OpenLink');
      return makeFake<GoogleAppsScript.Card_Service.OpenLink>(ctx, 'OpenLink', model, {
        setUrl: (u) => void (model.url = c.text('setUrl')(u)),
        setOpenAs: (o) => void (model.openAs = c.oneOf('setOpenAs', ENUMS.OpenAs)(o)),
        setOnClose: (o) => void (model.onClose = c.oneOf('setOnClose', ENUMS.OnClose)(o)),
      });
    },
    newNavigation() {
      const steps: NavigationStep[] = [];
      const c = checks('Navigation');
      const card = (method: string) => (value: unknown) => snapshot(c.fakeOf<CardModel>(method, 'Card')(value));
      return makeFake<GoogleAppsScript.Card_Service.Navigation>(ctx, 'Navigation', steps, {
        pushCard: (k) => void steps.push({ op: 'pushCard', card: card('pushCard')(k) }),
        updateCard: (k) => void steps.push({ op: 'updateCard', card: card('updateCard')(k) }),
        popCard: () => void steps.push({ op: 'popCard' }),
        popToRoot: () => void steps.push({ op: 'popToRoot' }),
        popToNamedCard: (n) => void steps.push({ op: 'popToNamedCard', name: c.text('popToNamedCard')(n) }),
      }, { printJson: () => JSON.stringify(steps) });
    },
    newNotification() {
      const model = { text: null as string | null };
      const c = checks('Notification');
      return makeFake<GoogleAppsScript.Card_Service.Notification>(ctx, 'Notification', model, { setText: (t) => void (model.text = c.text('setText')(t)) });
    },
    newActionResponseBuilder() {
      const model: ActionResponseModel = { navigation: null, notification: null, openLink: null, stateChanged: false };
      const c = checks('ActionResponseBuilder');
      return makeFake<GoogleAppsScript.Card_Service.ActionResponseBuilder>(ctx, 'ActionResponseBuilder', model, {
        setNavigation: (n) => void (model.navigation = [...c.fakeOf<NavigationStep[]>('setNavigation', 'Navigation')(n)]),
        setNotification: (n) => {
          const note = c.fakeOf<{ text: string | null }>('setNotification', 'Notification')(n);
          if (!note.text) throw invalid('Notification: text is required (setText).');
          model.notification = note.text;
        },
        setOpenLink: (l) => void (model.openLink = c.fakeOf<OpenLinkModel>('setOpenLink', 'OpenLink')(l)),
        setStateChanged: (f) => void (model.stateChanged = c.flag('setStateChanged')(f)),
      }, {
        build: () => {
          const built = snapshot(model);
          return makeFake<GoogleAppsScript.Card_Service.ActionResponse>(ctx, 'ActionResponse', built, {}, { printJson: () => JSON.stringify(built) });
        },
      });
    },
  };

  const editor = {
    newEditorFileScopeActionResponseBuilder() {
      const model: EditorFileScopeResponseModel = { requestFileScopeForActiveDocument: false };
      return makeFake<GoogleAppsScript.Card_Service.EditorFileScopeActionResponseBuilder>(ctx, 'EditorFileScopeActionResponseBuilder', model, {
        // "To call this method, you must add the drive.file scope to the add-on's manifest" (CardService reference).
        requestFileScopeForActiveDocument: () => {
          if (!holdsScope('drive.file')) {
            throw scriptError('requestFileScopeForActiveDocument needs the https://www.googleapis.com/auth/drive.file scope in the manifest.', 'PERMISSION_DENIED');
          }
          model.requestFileScopeForActiveDocument = true;
        },
      }, {
        build: () => {
          // Stricter than the reference, which does not say what an empty response does: it asks for nothing.
          if (!model.requestFileScopeForActiveDocument) throw invalid('EditorFileScopeActionResponseBuilder: nothing to build (requestFileScopeForActiveDocument).');
          const built = snapshot(model);
          return makeFake<GoogleAppsScript.Card_Service.EditorFileScopeActionResponse>(ctx, 'EditorFileScopeActionResponse', built, {}, { printJson: () => JSON.stringify(built) });
        },
      });
    },
  };

  return { ...widgets, ...structure, ...actions, ...editor } satisfies Partial<Record<Names<GoogleAppsScript.Card_Service.CardService>, () => object>>;
}
