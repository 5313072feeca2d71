// The sidebar's messages as one object sent with the page, so the client shows catalog text without a catalog.
import { sidebar } from '../../i18n/ar/sidebar';
import { t, type Lang, type MessageKey } from '../../i18n';
import type { SidebarText } from '../../ui/contract';

export function sidebarText(lang: Lang = 'ar'): SidebarText {
  const keys = Object.keys(sidebar) as Array<keyof SidebarText>;
  return Object.fromEntries(keys.map((k) => [k, t(k as MessageKey, {}, lang)])) as SidebarText;
}
