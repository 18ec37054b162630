// What of a web page is not its minutes: page chrome and code, and where a page marks its main content.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';

/** Elements that are page chrome or code, never minutes text. */
export const NOISE_SELECTOR = [
  'script, style, noscript, template, nav, header, footer, iframe, svg, form, button, head',
  // Chrome that content-managed sites build of plain divs, named by a class, an id or an ARIA role.
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="search"]',
  '.breadcrumb, .breadcrumbs, .site-header, .site-footer, .skip-link, #site-header, #site-footer, #breadcrumb, #breadcrumbs',
  // The page-wide header and footer of older templates (CMIS, Jadu): one per page, named by its id.
  '#header, #footer, #masthead, #navigation',
  // Menus and footers a theme builds of plain elements, named by a class word ("navbar", "menu", "footer-widgets").
  '[class~="navbar"], [class~="nav"], [class~="menu"], [class~="main-menu"], #nav, #menu, [class*="footer" i]',
  // Cookie and consent banners, named so by every site and consent tool.
  '[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i]',
].join(', ');

/** The page's main content, where it marks it: the sidebars, menus and listings around it (with their dates) are chrome. */
const MAIN_SELECTOR = 'main, [role="main"]';

/** The nodes to read: the page's one <main> when it marks one with text in it, else the whole page. */
export function mainContent($: CheerioAPI): AnyNode[] {
  const main = $(MAIN_SELECTOR);
  return (main.length === 1 && main.text().trim() !== '' ? main : $.root().children()).toArray();
}
