// Runs axe-core (WCAG 2.0/2.1 A and AA rules) in Chromium on every kind of page, at desktop and
// phone widths: the public pages, then the account and form pages signed in as a partner and as
// a librarian (the submit form also after sending it empty, with its errors).
// Run through scripts/a11y-check.sh, which starts a server and creates the accounts.
// Usage: node a11y-pages.js BASE_URL PARTNER_TOKEN LIBRARIAN_TOKEN PRACTICE_ID
const { chromium } = require('playwright-core');
const fs = require('fs');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [base, partner, librarian, practice] = process.argv.slice(2);

async function audit(page, label) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const v = result.violations;
  // WCAG 1.4.10 Reflow: no horizontal scrolling at 320 CSS pixels (and at any width tested).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) {
    v.push({ id: 'reflow', impact: 'serious', help: `the page scrolls sideways by ${overflow}px`, nodes: [] });
  }
  const title = await page.title(); const invalid = await page.locator("[aria-invalid=true]").count();
  console.log(`${label} [${title}; ${invalid} invalid fields]: ${v.length} violations, ${result.passes.length} rules passed` +
    v.map(x => `\n  - ${x.id} (${x.impact}): ${x.help} [${x.nodes.map(n => n.target.join(' ')).slice(0, 3).join('; ')}]`).join(''));
  return v.length;
}

async function signIn(page, token) {
  await page.goto(base + '/sign-in');
  await page.fill('#f-token', token);
  await Promise.all([page.waitForNavigation(), page.press('#f-token', 'Enter')]);
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  let total = 0;
  for (const [width, height, label] of [[1280, 900, 'desktop'], [320, 640, 'phone']]) {
    const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true });
    const page = await context.newPage();
    const publicPages = ['/', '/search?q=integration', '/search?q=integration&domain=governance&city=riga',
      '/search?q=zzqxwvkj', `/practices/${practice}`, '/cities', '/cities/riga', '/domains/governance',
      '/about', '/lv/search?q=integr%C4%81cija'];
    // Keyboard: the first Tab reaches the skip link, shown on screen, and it leads to <main>.
    await page.goto(base + '/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement;
      const box = el.getBoundingClientRect();
      return { cls: el.className, href: el.getAttribute('href'), visible: box.left >= 0 && box.width > 0 };
    });
    const mainId = await page.evaluate(() => document.querySelector('main') && document.querySelector('main').id);
    const skipOk = skip.cls.includes('skip-link') && skip.visible && skip.href === `#${mainId}`;
    console.log(`${label} keyboard: first Tab on / focuses ${JSON.stringify(skip)}, main#${mainId}: ${skipOk ? 'ok' : 'FAILED'}`);
    if (!skipOk) total += 1;
    for (const path of publicPages) {
      await page.goto(base + path);
      total += await audit(page, `${label} ${path}`);
    }
    await page.goto(base + '/sign-in');
    total += await audit(page, `${label} /sign-in`);
    // A wrong token: the error state of the sign-in form.
    await page.fill('#f-token', 'wrong-token');
    await Promise.all([page.waitForNavigation(), page.press('#f-token', 'Enter')]);
    total += await audit(page, `${label} /sign-in (wrong token)`);
    await signIn(page, partner);
    for (const path of ['/submit', `/practices/${practice}/translate`, '/my/submissions', '/pl/submit']) {
      await page.goto(base + path);
      total += await audit(page, `${label} ${path}`);
    }
    // The submit form sent empty: every error next to its field.
    await page.goto(base + '/submit');
    const preview = page.locator('main form button[type=submit]').first();
    await Promise.all([page.waitForNavigation(), preview.click()]);
    total += await audit(page, `${label} /submit (sent with errors)`);
    await context.clearCookies();
    await signIn(page, librarian);
    await page.goto(base + '/review');
    total += await audit(page, `${label} /review`);
    const first = await page.locator('main a[href*="/review/"]').first().getAttribute('href').catch(() => null);
    if (first) {
      await page.goto(new URL(first, base).href);
      total += await audit(page, `${label} ${first}`);
    }
    await context.close();
  }
  await browser.close();
  console.log(`total violations: ${total}`);
  process.exit(total === 0 ? 0 : 1);
})().catch(e => { console.error(e); process.exit(2); });
