// CardService fake: the builders a Workspace add-on homepage uses; built cards keep their structure so the
// sandbox can render them (sandbox/ui/cardHtml.ts) and tests can read them.
import type { ServiceContext } from '../core/context';
import type { Grant } from '../core/auth';
import { cardBuilders, cardRegistry, ENUMS } from './card/builders';
import type { ActionResponseModel, CardModel, EditorFileScopeResponseModel } from './card/model';

export type { ActionResponseModel, EditorFileScopeResponseModel, CardModel, WidgetModel, SectionModel, ClickModel, TextButtonModel, NavigationStep } from './card/model';

/** Enum values are their names, as `String(CardService.TextButtonStyle.FILLED)` reads in Apps Script. */
function enumObject(names: readonly string[]): Record<string, string> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])));
}

/** The part of the real CardService the fake offers: the builders it implements and every enum. */
export type CardServiceFake = Pick<GoogleAppsScript.Card_Service.CardService, keyof ReturnType<typeof cardBuilders> | keyof typeof ENUMS>;

/** The `CardService` global of one execution. */
export function createCardService(ctx: ServiceContext & { grant?: Grant }) {
  // Without a grant (unit tests of the builders), automatic scope detection: every scope is held.
  const builders = cardBuilders(ctx, (scope) => ctx.grant?.holds(scope) ?? true);
  const service: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(ENUMS)) service[name] = enumObject(values);
  for (const [name, make] of Object.entries(builders)) {
    service[name] = () => {
      ctx.call(`CardService.${name}`);
      return make();
    };
  }
  // Enum values are names at run time; typing them as the real enums lets scripts pass them back unchanged.
  return service as unknown as CardServiceFake;
}

/** The structure of a card a script built (a `Card` from `CardBuilder.build()`), or null if it is not one. */
export function cardModelOf(value: unknown): CardModel | null {
  return cardRegistry.modelOf<CardModel>(value, 'Card');
}

/** The structure of an `ActionResponse` a card action returned, or null if it is not one. */
export function actionResponseModelOf(value: unknown): ActionResponseModel | null {
  return cardRegistry.modelOf<ActionResponseModel>(value, 'ActionResponse');
}

/** The structure of an `EditorFileScopeActionResponse` a card action returned, or null if it is not one. */
export function editorFileScopeModelOf(value: unknown): EditorFileScopeResponseModel | null {
  return cardRegistry.modelOf<EditorFileScopeResponseModel>(value, 'EditorFileScopeActionResponse');
}
