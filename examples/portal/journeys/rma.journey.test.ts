/**
 * Manual section "RMA": the request form for the company's own hardware only (device registry), partner
 * hardware referred with a way back, the pre-filled and confirmed delivery address, the list of my requests,
 * and the reviewer's device import.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('rma');

/** The shadow and light text of an element (the flow elements render their steps in shadow DOM). */
const text = (el: Locator) =>
  el.evaluate((node) =>
    `${node.shadowRoot?.textContent ?? ''} ${node.textContent ?? ''}`.replace(/\s+/g, ' '),
  );

async function fillRequest(page: Page, serial: string) {
  const rma = page.locator('gate-rma-request');
  await rma.locator('input[name=serialNumber]').fill(serial);
  await rma
    .locator('textarea[name=description]')
    .fill('The appliance reboots every ten minutes since Monday.');
  await rma.locator('input[name="deliveryAddress/street"]').fill('12 Harbour Road');
  await rma.locator('input[name="deliveryAddress/postalCode"]').fill('20457');
  await rma.locator('input[name="deliveryAddress/city"]').fill('Hamburg');
}

describe.skipIf(!hasChromium)('RMA', () => {
  it("accepts only the company's devices, refers partner hardware with a way back, and lists my requests", async () => {
    const user = await j.activeUser({
      givenName: 'Jane',
      familyName: 'Doe',
      email: 'jane.doe@northwind-logistics.com',
      company: 'Northwind Logistics',
      country: 'DE',
    });
    const page = user.page;
    await j.visit(page, '/rma.html');
    const rma = page.locator('gate-rma-request');
    await rma.locator('input[name=serialNumber]').waitFor();
    // Pre-filled from the registration, country included; the confirmation is not ticked for the user.
    await expect
      .poll(() => rma.locator('input[name="deliveryAddress/company"]').inputValue())
      .toBe('Northwind Logistics');
    expect(await rma.locator('input[name="deliveryAddress/country"]').inputValue()).toBe('DE');
    expect(await rma.locator('input[name=addressConfirmed]').isChecked()).toBe(false);
    await expect.poll(() => page.locator('#no-rmas').isVisible()).toBe(true);

    // "More than one device" is a Yes/No drop-down.
    const more = rma.locator('select[name=moreThanOneDevice]');
    expect(await more.locator('option').allTextContents()).toEqual(['—', 'No', 'Yes']);
    expect(await more.inputValue()).toBe('false');

    // Everything but the confirmation: the pane still lists it.
    await fillRequest(page, 'ZZ-000001');
    await expect
      .poll(() => text(rma))
      .toMatch(/Still required.*I confirm that the delivery address is correct/);
    expect(await text(rma)).not.toMatch(/All required fields are filled in/);
    await rma.locator('input[name=addressConfirmed]').check();
    await expect.poll(() => text(rma)).toMatch(/All required fields are filled in/);
    await j.check(page, 'form');

    // A serial that is not the company's: a clear answer at the field, nothing stored.
    await rma.getByRole('button', { name: 'Request RMA' }).click();
    await rma.getByText('ZZ-000001 is not registered to your company').waitFor();
    await j.check(page, 'unknown-serial');

    // Another company's device among the extra serials: named at that field.
    await rma.locator('input[name=serialNumber]').fill('NW-100001');
    await more.selectOption({ label: 'Yes' });
    await rma.getByRole('button', { name: 'Add' }).click();
    await rma.locator('input[name="additionalSerialNumbers/0"]').fill('RL-200001');
    await rma.getByRole('button', { name: 'Request RMA' }).click();
    await rma.getByText('RL-200001 is not registered to your company').waitFor();
    expect(await j.db.query('SELECT 1 FROM rma_requests')).toEqual([]);

    // A partner serial: referred to the partner's process, no "Inc..", and back to fix the serial.
    await rma.locator('input[name="additionalSerialNumbers/0"]').fill('PX-123456');
    await rma.getByRole('button', { name: 'Request RMA' }).click();
    await page.getByRole('heading', { name: 'This device is partner hardware' }).waitFor();
    const referral = await text(rma);
    expect(referral).toMatch(
      /PX-123456 belongs to hardware by Partner Systems Inc\., which has its own RMA process/,
    );
    expect(referral).not.toContain('Inc..');
    await j.check(page, 'partner');
    await rma.getByRole('button', { name: 'Mistyped? Correct the serial number' }).click();
    await rma.locator('input[name="additionalSerialNumbers/0"]').fill('NW-100002');
    expect(await rma.locator('input[name=serialNumber]').inputValue()).toBe('NW-100001');
    await rma.getByRole('button', { name: 'Request RMA' }).click();
    await page.getByRole('heading', { name: 'RMA requested' }).waitFor();

    // My requests: the new one in the list.
    const row = page.locator('#rmas tr').first();
    await expect.poll(() => row.textContent()).toMatch(/RMA-\d{4}-\S+NW-100001, NW-100002.*Submitted/);
    await j.check(page, 'submitted');
  });

  it('a reviewer imports devices from a CSV file; problems are named by line; the new device can then be returned', async () => {
    const reviewer = await j.page();
    await j.loginAsReviewer(reviewer, '/devices.html');
    await j.check(reviewer, 'registry');
    const file = reviewer.locator('#device-file');
    await file.setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'company_domain,serial,part_number,unit_type,purchase_date\nnorthwind-logistics.com,nw?1,GH-1,toaster,2024-13-01\n',
      ),
    });
    await reviewer.getByRole('button', { name: 'Import' }).click();
    const issues = reviewer.locator('#import-issues');
    await expect
      .poll(() => issues.textContent())
      .toMatch(/Line 2, serial: .*Line 2, unit_type: .*Line 2, purchase_date/);
    await j.check(reviewer, 'import-refused');
    await file.setInputFiles({
      name: 'devices.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'company_domain,serial,part_number,unit_type,purchase_date\nnorthwind-logistics.com,NW-900001,GH-APL-2000,appliance,2026-01-15\n',
      ),
    });
    await reviewer.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => reviewer.locator('#status').textContent()).toMatch(/1 devices imported/);
    await reviewer.locator('#device-domain').fill('northwind-logistics.com');
    await expect.poll(() => reviewer.locator('#devices').textContent()).toContain('NW-900001');
    await j.check(reviewer, 'imported');

    const user = await j.activeUser({
      givenName: 'Sam',
      familyName: 'Lee',
      email: 'sam.lee@northwind-logistics.com',
      company: 'Northwind Logistics',
    });
    await j.visit(user.page, '/rma.html');
    await user.page.locator('gate-rma-request input[name=serialNumber]').waitFor();
    await fillRequest(user.page, 'NW-900001');
    await user.page.locator('gate-rma-request input[name="deliveryAddress/country"]').fill('DE');
    await user.page.locator('gate-rma-request input[name=addressConfirmed]').check();
    await user.page.locator('gate-rma-request').getByRole('button', { name: 'Request RMA' }).click();
    await user.page.getByRole('heading', { name: 'RMA requested' }).waitFor();
  });
});
