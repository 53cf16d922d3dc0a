// Browser tests of the web interface (npm run test:browser): the secretary's check, confirm and
// summons flow, the official's warnings, the auditor's history; axe-core on every page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { axe, catalogueTexts, launchBrowser, newPage, screenshot, signIn, startService } from './harness.mjs';

let service;
let browser;

before(async () => {
  service = await startService();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await service?.stop();
});

async function assertAccessible(page, name) {
  const serious = await axe(page, name);
  assert.deepEqual(serious, [], `serious or critical accessibility violations on ${name}:\n${JSON.stringify(serious, null, 2)}`);
}

function assertNoPageProblems(page) {
  const problems = page.problems.filter((p) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(p));
  assert.deepEqual(problems, [], `console errors (CSP violations included):\n${problems.join('\n')}`);
}

describe('web interface', { timeout: 300_000 }, () => {
  it('signs in, switches language and is keyboard usable', async () => {
    const page = await newPage(browser, service.baseUrl);
    await page.goto('/');
    await page.waitForURL(/\/signin/);
    await page.locator('#page-title').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'fi');
    await assertAccessible(page, 'signin');

    // The first Tab reaches the skip link; following it moves focus to the main content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Siirry sisältöön');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

    // The page sets <html lang> in an effect, after it renders: wait for it, then check.
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'sv', undefined, { timeout: 5_000 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 5_000 });
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await assertAccessible(page, 'signin-en');
    await page.getByRole('button', { name: 'Suomi' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fi', undefined, { timeout: 5_000 });
    assert.equal(await page.locator('html').getAttribute('lang'), 'fi');
    assertNoPageProblems(page);
    await page.context().close();
  });

  it('secretary: checks a meeting, confirms and dismisses findings, prints the summons list', async () => {
    const page = await newPage(browser, service.baseUrl);
    await signIn(page, 'secretary');
    await page.waitForURL(/\/meetings$/);
    await page.getByRole('table', { name: 'Tulevat kokoukset' }).waitFor();
    await page.getByRole('link', { name: 'Kaupunginhallituksen kokous 14.12.2026' }).waitFor();
    await assertAccessible(page, 'secretary-meetings');

    await page.getByRole('link', { name: 'Kaupunginhallituksen kokous 14.12.2026' }).click();
    await page.waitForURL(/\/meetings\/kh-2026-12-14$/);
    const findings = page.getByTestId('finding');
    await findings.first().waitFor({ timeout: 60_000 });
    assert.ok((await findings.count()) >= 3, 'the check lists findings');
    const first = findings.first();
    assert.match(await first.textContent(), /Aino Lehtonen/);
    assert.match(await first.textContent(), /yhteisöjäävi/);
    await page.getByRole('heading', { name: 'Päätösvaltaisuus' }).first().waitFor();
    await assertAccessible(page, 'secretary-check');

    const decisions = await page.getByRole('button', { name: 'Vahvista', exact: true }).count();
    if (decisions > 0) {
      // Confirm the first finding with a note.
      await first.getByRole('button', { name: 'Vahvista', exact: true }).click();
      await first.getByLabel('Huomautus (vapaaehtoinen)').fill('Ilmoitettu kokouksen alussa.');
      await first.getByRole('button', { name: 'Vahvista esteellisyys' }).click();
      await page.getByRole('status').filter({ hasText: 'Havainto vahvistettiin.' }).waitFor();
      await first.getByText('Vahvistettu', { exact: true }).waitFor();
      // Dismissing needs a reason.
      const second = findings.nth(1);
      await second.getByRole('button', { name: 'Hylkää', exact: true }).click();
      await second.getByRole('button', { name: 'Hylkää havainto' }).click();
      await second.getByText('Kirjoita syy, miksi havainto hylätään.').waitFor();
      await second.getByLabel('Hylkäämisen syy (pakollinen)').fill('Työsuhde päättyi ennen kokousta.');
      await second.getByRole('button', { name: 'Hylkää havainto' }).click();
      await page.getByRole('status').filter({ hasText: 'Havainto hylättiin.' }).waitFor();
      await second.getByText('Hylätty', { exact: true }).waitFor();
      await assertAccessible(page, 'secretary-check-decided');
    } else {
      await page.getByTestId('not-available').first().waitFor();
    }

    const summons = page.getByTestId('summons');
    await summons.getByRole('table').waitFor();
    assert.match(await summons.textContent(), /Kaisa Rantanen/);
    await screenshot(page, 'secretary-check');

    // The agenda editor opens (editable or with a clear "not available" message).
    await page.getByRole('link', { name: 'Esityslista' }).first().click();
    await page.waitForURL(/\/agenda$/);
    await page.getByTestId('agenda-item').first().waitFor();
    await assertAccessible(page, 'secretary-agenda');
    const item2 = page.getByTestId('agenda-item').nth(1);
    if (await item2.getByRole('button', { name: 'Etsi vastapuolia tekstistä' }).count()) {
      // Counterparties recognised in the text, marked where they were found.
      await item2.getByRole('button', { name: 'Etsi vastapuolia tekstistä' }).click();
      await item2.locator('mark').filter({ hasText: 'Puhdas Pohjola' }).first().waitFor();
      await assertAccessible(page, 'secretary-agenda-suggestions');
    }
    const item4 = page.getByTestId('agenda-item').nth(3);
    if (await item4.getByRole('button', { name: 'Liitä taho' }).count()) {
      // Linking a company to an item makes the last check stale.
      await item4.getByLabel('Organisaatio (tunnus)').fill('puhdas-pohjola');
      await item4.getByLabel('Rooli').selectOption('affected');
      await item4.getByRole('button', { name: 'Liitä taho' }).click();
      await page.getByRole('status').filter({ hasText: 'liitettiin asiaan' }).waitFor();
      await page.getByTestId('agenda-item').nth(3).getByText('Puhdas Pohjola', { exact: false }).first().waitFor();
      await page.getByRole('link', { name: 'Kokoukset', exact: true }).first().click();
      const row = page.getByRole('row').filter({ hasText: 'Kaupunginhallituksen kokous 14.12.2026' });
      await row.getByText('Vanhentunut').waitFor();
      await row.getByRole('link', { name: 'Tarkistus' }).click();
      await page.getByTestId('stale-warning').waitFor({ timeout: 60_000 });
      await assertAccessible(page, 'secretary-check-stale');
    } else {
      await page.getByTestId('not-available').first().waitFor();
      await page.goBack();
    }

    await page.getByRole('link', { name: 'Tulostettava kutsulista' }).first().click();
    await page.waitForURL(/\/summons$/);
    await page.getByRole('heading', { level: 1, name: 'Kutsuttavat varajäsenet' }).waitFor();
    const table = page.getByTestId('summons-table');
    await table.waitFor({ timeout: 60_000 });
    assert.match(await table.textContent(), /Kaisa Rantanen/);
    assert.match(await table.textContent(), /Vanhan sairaalan kiinteistön myynti/);
    await page.getByRole('button', { name: 'Tulosta' }).waitFor();
    await assertAccessible(page, 'secretary-summons');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false, 'the print view hides the header');
    await screenshot(page, 'secretary-summons-print');
    assertNoPageProblems(page);
    await page.context().close();
  });

  it('secretary: creates a meeting and edits its agenda', async () => {
    const page = await newPage(browser, service.baseUrl);
    page.on('dialog', (d) => d.accept());
    await signIn(page, 'secretary');
    await page.getByRole('table', { name: 'Tulevat kokoukset' }).waitFor();
    // The secretary may always create a meeting of a body they serve: the button must be there.
    await page.getByRole('button', { name: 'Uusi kokous' }).click();
    await page.getByLabel('Toimielin').selectOption('koivula-tela');
    await page.getByLabel('Nimi').fill('Teknisen lautakunnan ylimääräinen kokous');
    await assertAccessible(page, 'secretary-new-meeting');
    await page.getByRole('button', { name: 'Luo kokous' }).click();
    await page.waitForURL(/\/agenda$/);
    await page.getByRole('heading', { level: 1, name: /Teknisen lautakunnan ylimääräinen kokous/ }).waitFor();

    await page.getByRole('button', { name: 'Lisää asia' }).click();
    await page.getByLabel('Otsikko').fill('Siivoussopimuksen jatkaminen Puhdas Pohjola Oy:n kanssa');
    await page.getByLabel('Selostus ja ehdotus').fill('Ehdotus: lautakunta jatkaa sopimusta vuodella.');
    await assertAccessible(page, 'secretary-new-item');
    await page.getByRole('button', { name: 'Lisää', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Asia lisättiin.' }).waitFor();
    const item = page.getByTestId('agenda-item').first();
    await item.getByRole('button', { name: /^Muokkaa/ }).click();
    await item.getByLabel('Otsikko').fill('Ylläpitosiivouksen sopimuksen jatkaminen');
    await item.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByRole('status').filter({ hasText: 'Muutokset tallennettiin.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Ylläpitosiivouksen sopimuksen jatkaminen/ }).waitFor();
    await screenshot(page, 'secretary-agenda-editor');
    await page
      .getByTestId('agenda-item')
      .first()
      .getByRole('button', { name: /^Poista asia/ })
      .click();
    await page.getByRole('status').filter({ hasText: 'Asia poistettiin.' }).waitFor();
    await page.getByText('Esityslistalla ei ole asioita.').waitFor();
    assertNoPageProblems(page);
    await page.context().close();
  });

  it('secretary: the meeting cycle — check, publish the agenda, a decision changes the summons, the correction shows, the meeting is held', async () => {
    const page = await newPage(browser, service.baseUrl);
    await signIn(page, 'secretary');
    await page.getByRole('table', { name: 'Tulevat kokoukset' }).waitFor();
    await page.goto('/meetings/tela-2026-12-10');
    const findings = page.getByTestId('finding');
    await findings.first().waitFor({ timeout: 60_000 });
    // Harri Nurmi is disqualified: his deputy Jaana Koivisto is summoned, because of the finding.
    const sale = page.getByTestId('item').first();
    await sale.getByText(/Jaana Koivisto henkilön Harri Nurmi tilalle/).waitFor();
    await sale.getByText('(havainnon perusteella)').waitFor();
    await page.getByTestId('publish-status').filter({ hasText: 'Esityslistaa ei ole vielä lähetetty.' }).waitFor();

    // The agenda goes out: this check becomes the baseline.
    await page.getByRole('button', { name: 'Merkitse esityslista lähetetyksi' }).click();
    await page.getByRole('status').filter({ hasText: 'Esityslista on merkitty lähetetyksi.' }).waitFor();
    const since = page.getByTestId('since-agenda');
    await since.getByText('Ei muutoksia: lähetetty kutsu on ajan tasalla.').waitFor();
    await page.getByTestId('publish-status').filter({ hasText: 'Esityslista lähetettiin' }).waitFor();
    await assertAccessible(page, 'secretary-cycle-published');

    // The body dismisses Harri's finding: he stays, and Jaana's summons must be cancelled.
    const harri = findings.filter({ hasText: 'Harri Nurmi' }).first();
    await harri.getByRole('button', { name: 'Hylkää', exact: true }).click();
    await harri.getByLabel('Hylkäämisen syy (pakollinen)').fill('Sisaren asema ei koske tätä hankintaa.');
    await harri.getByRole('button', { name: 'Hylkää havainto' }).click();
    await page.getByRole('status').filter({ hasText: 'Havainto hylättiin.' }).waitFor();
    await page.getByTestId('corrected-summons').getByText('peru henkilön Jaana Koivisto kutsu').waitFor();
    assert.equal(await sale.getByText(/Jaana Koivisto henkilön Harri Nurmi tilalle/).count(), 0, 'the dismissed member is not replaced');
    await page.getByTestId('publish-status').filter({ hasText: 'Esityslista lähetettiin' }).waitFor();
    await assertAccessible(page, 'secretary-cycle-correction');
    await screenshot(page, 'secretary-cycle-correction');

    // The same page in Swedish and English.
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ändrat sedan föredragningslistan skickades' }).waitFor({ timeout: 60_000 });
    await assertAccessible(page, 'secretary-cycle-sv');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Changed since the agenda went out' }).waitFor({ timeout: 60_000 });
    await page.getByText('cancel the summons of Jaana Koivisto').first().waitFor();
    await assertAccessible(page, 'secretary-cycle-en');
    await page.getByRole('button', { name: 'Suomi' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fi', undefined, { timeout: 5_000 });

    // The meeting is held: marked in the agenda editor, the time shown in Helsinki time.
    await page.goto('/meetings/tela-2026-12-10/agenda');
    await page.locator('details.card > summary').filter({ hasText: 'Kokouksen tiedot' }).click();
    assert.equal(await page.getByLabel('Kellonaika').inputValue(), '16:00');
    await page.getByLabel('Tila').selectOption('held');
    await page.locator('details.card').getByRole('button', { name: 'Tallenna' }).click();
    await page.getByRole('status').filter({ hasText: 'Kokouksen tiedot tallennettiin.' }).waitFor();
    await page.goto('/meetings/tela-2026-12-10');
    await page.getByTestId('publish-status').filter({ hasText: 'Kokous on pidetty' }).waitFor({ timeout: 60_000 });
    assert.equal(
      await page.getByRole('button', { name: 'Merkitse esityslista lähetetyksi' }).count(),
      0,
      'a held meeting is not published again',
    );
    assert.equal(await page.getByTestId('since-agenda').count(), 0, 'nothing to correct once held');
    await page.setViewportSize({ width: 375, height: 800 });
    await assertAccessible(page, 'secretary-cycle-held-375');
    await screenshot(page, 'secretary-cycle-held');
    assertNoPageProblems(page);
    await page.context().close();
  });

  it('official: sees their warnings and declared interests', async () => {
    const page = await newPage(browser, service.baseUrl);
    await signIn(page, 'official');
    await page.waitForURL(/\/warnings$/);
    await page.getByRole('heading', { level: 1, name: 'Varoitukseni' }).waitFor();
    const warnings = page.getByTestId('warning');
    const unavailable = page.getByTestId('not-available');
    await warnings.first().or(unavailable.first()).waitFor({ timeout: 60_000 });
    if (await warnings.count()) {
      const text = await page.locator('main').textContent();
      assert.match(text, /Vanhan sairaalan kiinteistön myynti/);
    }
    await assertAccessible(page, 'official-warnings');
    await screenshot(page, 'official-warnings');

    await page.getByRole('link', { name: 'Sidonnaisuuteni' }).click();
    const interests = page.getByRole('table', { name: 'Ilmoitetut sidonnaisuudet' });
    await interests.waitFor();
    if (await page.getByRole('button', { name: 'Ilmoita', exact: true }).count()) {
      await page.getByLabel('Laji').selectOption('real_estate');
      await page.getByLabel('Kuvaus').fill('Omistaa rivitaloasunnon Koivulan keskustassa.');
      await page.getByRole('button', { name: 'Ilmoita', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Sidonnaisuus ilmoitettiin.' }).waitFor();
      await interests.getByRole('cell', { name: 'Omistaa rivitaloasunnon Koivulan keskustassa.', exact: true }).waitFor();
    }
    await assertAccessible(page, 'official-interests');
    await screenshot(page, 'official-interests');
    assertNoPageProblems(page);
    await page.context().close();
  });

  it('auditor: filters the recusal history, sees the charts, downloads CSV and audits a held meeting', async () => {
    const page = await newPage(browser, service.baseUrl);
    await signIn(page, 'auditor');
    await page.waitForURL(/\/history$/);
    const count = page.getByTestId('history-count');
    await count.waitFor({ timeout: 60_000 });
    assert.match(await count.textContent(), /[1-9]\d* todettua ja [1-9]\d* toteamatta/);
    await page.getByRole('img', { name: 'Esteellisyydet kuukausittain' }).waitFor();
    await page.getByRole('img', { name: 'Esteellisyydet toimielimittäin' }).waitFor();
    const rows = page.getByTestId('history-table').locator('tbody tr');
    assert.ok((await rows.count()) >= 2);
    await assertAccessible(page, 'auditor-history');

    // Only the board-position ground (HL 28.1 § 5).
    await page.getByLabel('Esteellisyysperuste').selectOption('HL28_1_5');
    await page.getByRole('button', { name: 'Hae' }).click();
    // The table keeps the previous rows until the filtered answer arrives: wait for it.
    await page.waitForFunction(
      () => {
        const rows = [...document.querySelectorAll('[data-testid="history-table"] tbody tr')];
        return rows.length > 0 && rows.every((row) => row.textContent.includes('HL 28 § 1 mom. 5 k.'));
      },
      undefined,
      { timeout: 30_000 },
    );
    const filteredRows = await page.getByTestId('history-table').locator('tbody tr').allTextContents();
    assert.ok(filteredRows.length >= 1);
    for (const row of filteredRows) assert.match(row, /HL 28 § 1 mom\. 5 k\./);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    // The service's CSV writer: Finnish Excel (`;`, BOM), Finnish headers, the ground in words and as code.
    assert.match(
      csv,
      /^\uFEFFTyyppi;Päivämäärä;Kokous;Toimielimen tunnus;Toimielin;Asian tunnus;Asia;Henkilön tunnus;Henkilö;Peruste;Perusteen koodi;Ratkaisija\r\n/,
    );
    assert.match(csv, /huomaamatta jäänyt jääväys;12\.10\.2026;kh-2026-10-12;koivula-kh;/);
    assert.match(csv, /;HL 28 § 1 mom\. 5 k\. \(yhteisöjäävi\);HL28_1_5;/);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa Excel (XLSX)' }).click()]);
    assert.equal(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString(),
      'PK',
      'an XLSX file is a zip archive',
    );
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
    await screenshot(page, 'auditor-history');

    await page.getByRole('link', { name: 'Kokousten jälkitarkastus' }).click();
    await page.getByRole('link', { name: 'Kaupunginhallituksen kokous 12.10.2026' }).click();
    await page.getByTestId('missed-recusal').first().waitFor({ timeout: 60_000 });
    assert.match(await page.getByTestId('missed-recusal').first().textContent(), /Aino Lehtonen/);
    // Explained as the check explains it (fi-2026.2), with the evidence one click away.
    const missed = page.getByTestId('missed-recusal').first();
    assert.match(await missed.locator('.explanation').textContent(), /Aino Lehtonen .+\./);
    await missed.getByText(/^Perustelut \(\d+\)$/).click();
    assert.ok((await missed.locator('ul.evidence li').count()) >= 1);
    // A recusal recorded without its ground (HL 29; OKV/1691/1/2015).
    assert.match(await page.getByTestId('ungrounded-recusal').first().textContent(), /Helena Järvinen/);
    await assertAccessible(page, 'auditor-audit');
    await screenshot(page, 'auditor-audit');
    assertNoPageProblems(page);
    await page.context().close();
  });
  // Every page in every language: the page's text may hold no phrase of another language's
  // catalogue (web messages and the engine's) that this language does not also have.
  it('switches language on every page and leaves no text untranslated', async () => {
    const catalogues = catalogueTexts();
    const pages = {
      secretary: ['/meetings', '/meetings/kh-2026-12-14', '/meetings/kh-2026-12-14/agenda', '/meetings/kh-2026-12-14/summons'],
      official: ['/warnings', '/interests'],
      auditor: ['/history', '/audit', '/audit/kh-2026-10-12'],
      public: ['/accessibility', '/signin'],
    };
    for (const [role, paths] of Object.entries(pages)) {
      const page = await newPage(browser, service.baseUrl);
      if (role !== 'public') await signIn(page, role);
      for (const path of paths) {
        for (const lang of ['sv', 'en', 'fi']) {
          await page.goto(path);
          await page.evaluate((l) => localStorage.setItem('jaavi.lang', l), lang);
          await page.reload();
          await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 10_000 });
          await page.locator('#page-title').waitFor();
          // Let the page's data arrive (loading messages are catalogue text too).
          await page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 60_000 });
          // Data from the registry and the agenda is marked with its language (lang="fi"): not ours to translate.
          const text = await page.evaluate(() => {
            const clone = document.body.cloneNode(true);
            for (const el of clone.querySelectorAll('[lang]:not(html)'))
              if (el.getAttribute('lang') !== document.documentElement.lang) el.remove();
            // What users typed (a dismissal's reason) is in their own words.
            for (const el of clone.querySelectorAll('[data-user-text]')) el.remove();
            return clone.innerText;
          });
          const foreign = catalogues.foreignPhrases(lang).filter((phrase) => text.includes(phrase));
          assert.deepEqual(foreign, [], `${role} ${path} in ${lang}: text of another language`);
          if (lang === 'sv' && path === '/meetings/kh-2026-12-14') {
            // The engine's Swedish explanations with the registry's Swedish names, citations linked to Finlex in Swedish.
            await page.getByTestId('finding').first().waitFor({ timeout: 60_000 });
            // Names arrive in small batches after the check: wait for the body's Swedish name.
            await page.waitForFunction(() => document.querySelector('main').innerText.includes('Stadsstyrelsen'), undefined, {
              timeout: 30_000,
            });
            const main = await page.locator('main').innerText();
            assert.match(main, /Sjönorrs välfärdsområde/);
            assert.match(main, /Stadsstyrelsen/);
            assert.match(main, /FL 28 § 1 mom\. 5 p\./);
            assert.doesNotMatch(main, /HL28_1_5|esteellinen/);
            assert.ok((await page.locator('a[href="https://www.finlex.fi/sv/laki/ajantasa/2003/20030434"]').count()) > 0);
          }
          if (lang === 'sv' && path === '/accessibility') await assertAccessible(page, 'accessibility-sv');
          if (lang === 'en') await assertAccessible(page, `${role}-${path.replaceAll('/', '_')}-en`);
        }
      }
      assertNoPageProblems(page);
      await page.context().close();
    }
  });
});
