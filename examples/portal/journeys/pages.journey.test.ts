/**
 * Every page of the portal, for each role, in English and German, at 1280 and 390 px: the walk a person makes
 * before a demo. Each page passes the harness's checks (axe, CSP, page errors) and three of its own: nothing of
 * the other language on it (a value the backend sends is shown in the page's language), nothing wider than a
 * 390 px phone, and no native control left unstyled. With `GATEHOUSE_JOURNEY_SHOTS` set this is also the
 * screenshot helper of docs/portal/pages.md (`pages-<lang>-<page>-desktop|phone.png`).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';
import { expectOneH1 } from './headings.js';

const j = journey('pages');

type Lang = 'en' | 'de';

/** Words that must not stand on a German page: backend values and English chrome seen there before. */
const ENGLISH_ON_GERMAN =
  /\b(Submitted|submitted|approve|reject|request-info|info-provided|appliance|power-supply|fan-module|critical|high|medium|low|Open|Pending|Approved|Rejected|Change roles|Deactivate)\b/;

/** The page's visible text, shadow roots included (the flow elements render in shadow DOM); `code` is data. */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const collect = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (parent?.checkVisibility() && !parent.closest('code') && n.textContent?.trim())
          parts.push(n.textContent.trim());
      }
      for (const el of (root as ParentNode).querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
    };
    collect(document.body);
    return parts.join(' | ');
  });
}

/**
 * Flow elements and lists standing in the page without a card around them. A page that holds one flow
 * (`body.card-page`) shows the flow itself as the card, and it must look like one.
 */
function outsideCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if (document.body.classList.contains('card-page')) {
      const flow = document.querySelector<HTMLElement>('main > :last-child');
      return flow && getComputedStyle(flow).borderTopWidth === '4px'
        ? []
        : ["the page's one flow is not a card"];
    }
    return [...document.querySelectorAll<HTMLElement>('main :is([endpoint], table, form)')]
      .filter((el) => el.checkVisibility() && !el.closest('section'))
      .map((el) => el.tagName.toLowerCase());
  });
}

/** What has focus: "the page heading", else its tag and text. */
const focused = (page: Page) =>
  page.evaluate(() =>
    document.activeElement === document.querySelector('main h1')
      ? 'the page heading'
      : `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim().slice(0, 60)}`,
  );

/** What has focus once the page's script has placed it (up to 5 s: the page asks the server first). */
async function waitForFocus(page: Page): Promise<string> {
  for (let tries = 0; tries < 50; tries++) {
    const now = await focused(page);
    if (now === 'the page heading') return now;
    await page.waitForTimeout(100);
  }
  return focused(page);
}

/** Elements wider than the viewport or sticking out of it (at 390 px nothing may). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (!el.checkVisibility()) continue;
        // Scrolling containers may hold wider content: the page itself does not grow.
        if (el.closest('.table-scroll')) continue;
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 1)
          out.push(
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} right=${box.right}`,
          );
      }
    };
    walk(document);
    if (document.documentElement.scrollWidth > width)
      out.unshift(`page ${document.documentElement.scrollWidth}`);
    return out.slice(0, 10);
  });
}

/**
 * Row labels of stacked list tables (phones) whose longest word does not fit their column, so the browser breaks
 * it inside the word ("Seriennum|mern"); labels of several words may wrap between them.
 */
function brokenLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ruler = document.createElement('canvas').getContext('2d');
    if (!ruler) return ['no canvas'];
    const out: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('table.stack td[data-label]')) {
      if (!cell.checkVisibility()) continue;
      const label = getComputedStyle(cell, '::before');
      if (label.content === 'none') continue;
      ruler.font = `${label.fontWeight} ${label.fontSize} ${label.fontFamily}`;
      const words = (cell.dataset.label ?? '').split(/\s+/);
      const needed = Math.max(...words.map((word) => ruler.measureText(word).width));
      const tracks = (el: Element | null): string => {
        const columns = el ? getComputedStyle(el).gridTemplateColumns : '0';
        return columns.startsWith('subgrid') ? tracks(el?.parentElement ?? null) : columns;
      };
      const track = Number.parseFloat(tracks(cell).split(' ')[0] ?? '0');
      if (needed > track + 0.5) out.push(`"${cell.dataset.label}" needs ${Math.ceil(needed)} px of ${track}`);
    }
    return [...new Set(out)];
  });
}

/**
 * Native buttons, selects and text inputs still in the browser's own look: the user agent's grey face (a file
 * input's button included), square corners, or a control without the portal's font.
 */
function unstyledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bodyFont = getComputedStyle(document.body).fontFamily;
    const grey = (colour: string) => colour === 'rgb(239, 239, 239)' || colour === 'rgb(233, 233, 237)';
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll<HTMLElement>('button, select, input, textarea')) {
        if (!el.checkVisibility({ opacityProperty: true })) continue;
        const type = el.getAttribute('type') ?? '';
        if (['checkbox', 'radio', 'hidden'].includes(type)) continue;
        const style = getComputedStyle(el);
        const face = type === 'file' ? getComputedStyle(el, '::file-selector-button') : style;
        const square = type !== 'file' && style.borderRadius === '0px' && style.borderStyle !== 'none';
        const systemFont =
          style.fontFamily !== bodyFont && !/var|Inter|system-ui|sans/.test(style.fontFamily);
        if (grey(face.backgroundColor) || square || systemFont)
          out.push(
            `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('name') || el.id).trim()}"`,
          );
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return out;
  });
}

/**
 * The page's own checks plus the harness's; `name` becomes the screenshot's name. `arrived`: the page was just
 * opened, so focus must be on its heading (not on whichever element loaded last).
 */
async function look(page: Page, lang: Lang, name: string, arrived = true) {
  await page.waitForLoadState('networkidle');
  if (arrived) {
    // Soft: one walk reports every page's defects at once.
    expect.soft(await waitForFocus(page), `${name}: focus after arriving`).toBe('the page heading');
  }
  await expectOneH1(page);
  expect.soft(await outsideCards(page), `${name}: content outside a card`).toEqual([]);
  await j.check(page, `${lang}-${name}`);
  expect.soft(await unstyledControls(page), `${name}: unstyled controls`).toEqual([]);
  if (lang === 'de')
    expect.soft(await visibleText(page), `${name}: English on a German page`).not.toMatch(ENGLISH_ON_GERMAN);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  expect.soft(await overflowing(page), `${name}: wider than 390 px`).toEqual([]);
  expect.soft(await brokenLabels(page), `${name}: row labels broken inside a word`).toEqual([]);
  if (size) await page.setViewportSize(size);
}

async function api(page: Page, method: string, path: string, data?: unknown) {
  const answer = await page.context().request.fetch(`${j.url}/api${path}`, { method, data });
  if (answer.status() >= 400) throw new Error(`${method} ${path}: ${answer.status()} ${await answer.text()}`);
  return answer.status() === 204 ? null : answer.json();
}

describe.skipIf(!hasChromium)('every page', () => {
  for (const lang of ['en', 'de'] as const) {
    const locale = lang === 'de' ? 'de-DE' : 'en-US';
    it(`in ${lang === 'de' ? 'German' : 'English'}: every page for a visitor, a customer's Super Admin and a reviewer`, async () => {
      const visitor = await j.page({ locale });
      for (const path of ['/', '/register.html', '/login.html', '/reset.html']) {
        await visitor.goto(`${j.url}${path}`);
        await look(visitor, lang, path.replace(/^\/|\.html$/g, '') || 'home');
      }

      const domain = lang === 'de' ? 'nordwind-logistik.de' : 'northwind-logistics.com';
      const user = await j.activeUser(
        {
          givenName: lang === 'de' ? 'Lise' : 'Jane',
          familyName: lang === 'de' ? 'Meitner' : 'Doe',
          email: `${lang === 'de' ? 'lise.meitner' : 'jane.doe'}@${domain}`,
          company: lang === 'de' ? 'Nordwind Logistik' : 'Northwind Logistics',
          country: 'DE',
        },
        { locale },
      );
      const page = user.page;
      await api(page, 'PUT', '/preferences', { locale: lang });
      // The reviewer registers two devices of her company (the devices page then lists them).
      const reviewer = await j.page({ locale });
      await api(reviewer, 'POST', '/session', j.reviewer);
      await api(reviewer, 'PUT', '/preferences', { locale: lang });
      const serial = lang === 'de' ? 'ND-300001' : 'NL-300001';
      await api(reviewer, 'POST', '/devices', {
        csv: `company_domain,serial,part_number,unit_type,purchase_date\n${domain},${serial},GH-APL-2000,appliance,2025-02-03\n${domain},${serial.replace(/1$/, '2')},GH-PSU-650,power-supply,2025-02-03\n`,
      });
      await api(page, 'POST', '/rma', {
        serialNumber: serial,
        description:
          lang === 'de'
            ? 'Das Gerät startet alle zehn Minuten neu.'
            : 'The appliance reboots every ten minutes.',
        deliveryAddress: {
          company: user.company,
          street: 'Hafenstraße 12',
          postalCode: '20457',
          city: 'Hamburg',
          country: 'DE',
        },
        addressConfirmed: true,
      });
      // Something to show on every list: a case with a severity, an RMA request, an invited colleague.
      const created = (await api(page, 'POST', '/support/cases', {
        environment: 'production',
        subject: lang === 'de' ? 'Cluster startet nicht' : 'Cluster does not start',
        description:
          lang === 'de'
            ? 'Nach dem Update bleibt der Cluster im Wiederherstellungsmodus.'
            : 'After the update the cluster stays in recovery mode.',
        product: 'GH-APL-2000',
        severity: 'high',
      })) as { caseId: string };
      await api(page, 'POST', '/invitations', {
        email: `ada.lovelace@${domain}`,
        givenName: 'Ada',
        familyName: 'Lovelace',
        roles: ['support-cases', 'rma'],
      });
      // The invited colleague opens her link (a visitor's page: she has no session yet).
      const link = j.local((await j.mail(`ada.lovelace@${domain}`, /https?:\/\/\S+token=\S+/))[0]);
      await visitor.goto(link);
      await visitor.locator('gate-invitation-accept input[type=password]').first().waitFor();
      await look(visitor, lang, 'invitation');

      await page.goto(`${j.url}/`);
      await page.locator('gate-support-info').waitFor();
      await look(page, lang, 'home-signed-in');
      await page.goto(`${j.url}/profile.html`);
      await look(page, lang, 'profile');
      await page.goto(`${j.url}/support.html`);
      await page.locator('#cases tbody tr').first().waitFor();
      await look(page, lang, 'support');
      await page.goto(`${j.url}/case.html?id=${created.caseId}`);
      await page.locator('#case').waitFor();
      await look(page, lang, 'case');
      await page.goto(`${j.url}/rma.html`);
      await page.locator('gate-rma-request input[name=serialNumber]').waitFor();
      await page.locator('#rmas tr').first().waitFor();
      await look(page, lang, 'rma');
      await page.goto(`${j.url}/users.html`);
      await page.locator('#users tbody tr').nth(1).waitFor();
      await look(page, lang, 'users');
      await page.locator('#users tbody tr').first().locator('button').first().click();
      await look(page, lang, 'users-roles', false);

      await reviewer.goto(`${j.url}/reviewer.html`);
      await reviewer.locator('#queue-tools select').waitFor();
      await look(reviewer, lang, 'reviewer');
      await reviewer.locator('label[for=filter-all]').click();
      await reviewer.locator('#queue .queue-row').first().click();
      await reviewer.locator('#detail').waitFor();
      await look(reviewer, lang, 'reviewer-detail', false);
      await reviewer.goto(`${j.url}/devices.html`);
      await reviewer.locator('#devices tr').first().waitFor();
      await look(reviewer, lang, 'devices');
      await reviewer.locator('#device-domain').fill(domain);
      await expect.poll(() => reviewer.locator('#devices').innerText()).toContain(serial);

      // The dark theme on the pages a customer and a reviewer see most (axe's contrast check included).
      for (const p of [page, reviewer]) await p.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${j.url}/`);
      await page.locator('gate-support-info').waitFor();
      await look(page, lang, 'home-signed-in-dark');
      await page.goto(`${j.url}/users.html`);
      await page.locator('#users tbody tr').nth(1).waitFor();
      await look(page, lang, 'users-dark');
      await reviewer.goto(`${j.url}/reviewer.html`);
      await reviewer.locator('#queue-tools select').waitFor();
      await reviewer.locator('label[for=filter-all]').click();
      await reviewer.locator('#queue .queue-row').first().click();
      await reviewer.locator('#detail').waitFor();
      await look(reviewer, lang, 'reviewer-detail-dark', false);
    });
  }
});
