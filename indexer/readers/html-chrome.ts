// What of a web page is not its minutes: page chrome and code, and where a page marks its main content.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';

/** Elements that are page chrome or code, never minutes text. */
export const NOISE_SELECTOR = [
  // A <header> in an <article> is the article's own heading (a post's title, a Notion page's title over its Date and
  // Attendees), not the page's: it stays, its post's "Posted on … by …" line (WordPress's entry-meta) aside.
  'script, style, noscript, template, nav, header:not(article header), footer, iframe, svg, form, button, head',
  '.entry-meta, .post-meta, .posted-on, .byline',
  // Chrome that content-managed sites build of plain divs, named by a class, an id or an ARIA role.
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="search"]',
  '.breadcrumb, .breadcrumbs, .site-header, .site-footer, .skip-link, #site-header, #site-footer, #breadcrumb, #breadcrumbs',
  // The page-wide header and footer of older templates (CMIS, Jadu): one per page, named by its id.
  '#header, #footer, #masthead, #navigation',
  // Menus and footers a theme builds of plain elements, named by a class word ("navbar", "menu", "footer-widgets").
  '[class~="navbar"], [class~="nav"], [class~="menu"], [class~="main-menu"], #nav, #menu, [class*="footer" i]',
  // A wiki's furniture around a page's text (MediaWiki, DokuWiki): each heading's "[edit]" link, the table of contents,
  // the "From <wiki>" line under the title, the "Retrieved from" address and the page's category links.
  '.mw-editsection, .editsection, .secedit, #toc, .toc, #dw__toc, #siteSub, #contentSub, #jump-to-nav, .mw-jump-link, .printfooter, .catlinks, #catlinks',
  // Notion's icons: a callout's emoji beside its text, the page's, each property's and each person's (an avatar, or the
  // initial set in its place).
  '.callout .icon, .property-icon, .page-header-icon, .user-icon',
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
