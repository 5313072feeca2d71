// After the default scenario (npm start): staff open the Workspace add-on once, so the workspace holds its cards
// as HTML: the officer in Gmail (choosing the register, then their work and a case), the manager in Sheets
// (the per-file access request, then the open register after the grant).
import type { World } from '../core/context';
import type { CardModel } from '../services/card';
import { renderCardToHtml } from '../ui/cardHtml';
import { shareFile, type AddonPlace, type AddonUser } from './usesAddon';
import { t } from '../../src/i18n';

export interface TourPage {
  file: string;
  html: string;
}

function firstCaseNumber(card: CardModel): string | null {
  for (const section of card.sections) {
    for (const widget of section.widgets) if (widget.kind === 'decoratedText' && widget.topLabel && /[0-9٠-٩]{4}-[0-9٠-٩]{5}/.test(widget.topLabel)) return widget.topLabel;
  }
  return null;
}

/** Plays the tour with the add-on user (null when the add-on was not built: build/addon/ missing); [] without one, or when
 *  the register has no staff to use it. */
export function addonTour(world: World, staff: { officer?: string; manager?: string }, addon: AddonUser | null): TourPage[] {
  const registerId = world.boundSpreadsheetId;
  if (!registerId || !addon) return [];
  const people = [staff.officer, staff.manager].filter((p): p is string => !!p);
  if (people.length === 0) return [];
  shareFile(world, registerId, people);
  const pages: TourPage[] = [];
  const keep = (file: string, card: CardModel | null, notification?: string | null) => {
    if (!card) return;
    const note = notification ? `<div class="notification">${notification.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</div>` : '';
    pages.push({ file, html: renderCardToHtml(card).replace('</body>', `${note}</body>`) });
  };
  const gmail: AddonPlace = { host: 'GMAIL' };
  if (staff.officer) {
    const first = addon.openHomepage(staff.officer, gmail);
    keep('01-gmail-first-open.html', first.card);
    if (first.card) {
      const settings = addon.click(staff.officer, gmail, first.card, t('addon.settings.open'));
      keep('02-gmail-choose-register.html', settings.card);
      if (settings.card) {
        const saved = addon.click(staff.officer, gmail, settings.card, t('addon.settings.save'), { register_ref: `https://docs.google.com/spreadsheets/d/${registerId}/edit` });
        keep('03-gmail-my-work.html', saved.card, saved.response?.notification);
        const caseNo = saved.card ? firstCaseNumber(saved.card) : null;
        if (saved.card && caseNo) keep('04-gmail-case.html', addon.click(staff.officer, gmail, saved.card, t('addon.case.show'), { case_no: caseNo }).card);
      }
    }
  }
  if (staff.manager) {
    const sheets: AddonPlace = { host: 'SHEETS', spreadsheetId: registerId };
    const home = addon.openHomepage(staff.manager, sheets);
    keep('05-sheets-file-access.html', home.card);
    if (home.card) keep('06-sheets-after-grant.html', addon.click(staff.manager, sheets, home.card, t('addon.sheets.grant')).card);
  }
  return pages;
}
