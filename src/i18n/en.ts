// English message catalog: the same keys as the Arabic one (the compiler enforces it).
import type { MessageKey } from './ar';

export const en: Record<MessageKey, string> = {
  'app.name': 'Mustafid',
  'app.tagline': 'Beneficiary relations',
  'menu.title': 'Mustafid',
  'menu.about': 'About Mustafid',
  'about.body': 'Mustafid {version}: the Beneficiary Relations Policy on Google Workspace.',
  'card.home.title': 'Mustafid',
  'card.home.subtitle': 'Beneficiary relations',
  'card.home.openRegister': 'Open the case register from the «Mustafid» menu in the spreadsheet.',
};
