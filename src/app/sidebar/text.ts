// The sidebar's messages as one object sent with the page, so the client shows catalog text without a catalog.
import { sidebar } from '../../i18n/ar/sidebar';
import { fill, type Lang } from '../../i18n';
import type { SidebarText } from '../../ui/contract';

export function sidebarText(lang: Lang = 'ar'): SidebarText {
  const keys = Object.keys(sidebar) as Array<keyof SidebarText>;
  // Templates, placeholders kept: the page fills them (src/ui/sidebar/client.ts).
  return Object.fromEntries(keys.map((k) => [k, fill(k, {}, lang)])) as SidebarText;
}
