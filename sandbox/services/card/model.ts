// The plain-data shape a built card keeps, so the renderer, tests and state.json can read what the script built.

/** What happens when a person clicks a widget: a script function runs, or a link opens. */
export type ClickModel =
  | { kind: 'action'; action: ActionModel }
  | { kind: 'openLink'; openLink: OpenLinkModel }
  | { kind: 'openLinkAction'; action: ActionModel };

export interface ActionModel {
  functionName: string | null;
  parameters: Record<string, string>;
  loadIndicator: string;
  persistValues: boolean;
  interaction: string | null;
  requiredWidgets: string[];
  allWidgetsAreRequired: boolean;
}

export interface OpenLinkModel {
  url: string | null;
  openAs: string;
  onClose: string;
}

export interface TextButtonModel {
  kind: 'textButton';
  text: string | null;
  altText: string | null;
  disabled: boolean;
  style: string;
  backgroundColor: string | null;
  onClick: ClickModel | null;
}

export interface GridItemModel {
  identifier: string | null;
  title: string | null;
  subtitle: string | null;
  imageUrl: string | null;
}

export type WidgetModel =
  | { kind: 'textParagraph'; text: string | null }
  | {
      kind: 'decoratedText';
      text: string | null;
      topLabel: string | null;
      bottomLabel: string | null;
      wrapText: boolean;
      icon: string | null;
      button: TextButtonModel | null;
      onClick: ClickModel | null;
    }
  | {
      kind: 'keyValue';
      content: string | null;
      topLabel: string | null;
      bottomLabel: string | null;
      multiline: boolean;
      icon: string | null;
      button: TextButtonModel | null;
      onClick: ClickModel | null;
    }
  | TextButtonModel
  | { kind: 'buttonSet'; buttons: TextButtonModel[] }
  | { kind: 'divider' }
  | { kind: 'grid'; title: string | null; numColumns: number; items: GridItemModel[]; onClick: ClickModel | null }
  | { kind: 'image'; imageUrl: string | null; altText: string | null; onClick: ClickModel | null }
  | { kind: 'textInput'; fieldName: string | null; title: string | null; hint: string | null; value: string | null; multiline: boolean };

export interface SectionModel {
  header: string | null;
  collapsible: boolean;
  numUncollapsibleWidgets: number | null;
  widgets: WidgetModel[];
}

export interface CardHeaderModel {
  title: string | null;
  subtitle: string | null;
  imageUrl: string | null;
  imageAltText: string | null;
  imageStyle: string;
}

export interface CardActionModel {
  text: string | null;
  onClick: ClickModel | null;
}

export interface CardModel {
  name: string | null;
  header: CardHeaderModel | null;
  peekHeader: CardHeaderModel | null;
  displayStyle: string;
  sections: SectionModel[];
  cardActions: CardActionModel[];
  fixedFooter: { primary: TextButtonModel | null; secondary: TextButtonModel | null } | null;
}

export type NavigationStep =
  | { op: 'pushCard'; card: CardModel }
  | { op: 'updateCard'; card: CardModel }
  | { op: 'popCard' }
  | { op: 'popToRoot' }
  | { op: 'popToNamedCard'; name: string };

export interface ActionResponseModel {
  navigation: NavigationStep[] | null;
  notification: string | null;
  openLink: OpenLinkModel | null;
  stateChanged: boolean;
}

/** An Editor add-on's answer asking Google to show the per-file (drive.file) access dialog for the open file
 *  (CardService.newEditorFileScopeActionResponseBuilder().requestFileScopeForActiveDocument().build()). */
export interface EditorFileScopeResponseModel {
  requestFileScopeForActiveDocument: boolean;
}
