// The Workspace add-on homepage card shown in the Sheets side panel.
import { t } from '../i18n';

export function onHomepage(): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection().addWidget(
    CardService.newTextParagraph().setText(t('card.home.openRegister')),
  );
  return CardService.newCardBuilder()
    .setHeader(CardService.newCardHeader().setTitle(t('card.home.title')).setSubtitle(t('card.home.subtitle')))
    .addSection(section)
    .build();
}
