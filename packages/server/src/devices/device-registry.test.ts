import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { REVIEWER, TestClient, testServer } from '../testing/test-server.js';
import { csvRows, parseDeviceCsv } from './device-csv.js';
import { checkDevices } from './device-registry.js';

let db: Database;
let app: GatehouseApp;
let lastMessage: (to: string) => Promise<{ body: string } | undefined>;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, lastMessage } = await testServer(db));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

/** A company's first user, logged in with a chosen password. */
async function companyUser(email: string, company: string, country?: string) {
  const user = new TestClient(app);
  await user.post('/registrations', {
    givenName: 'Grace',
    familyName: 'Hopper',
    email,
    company,
    termsAccepted: true,
    ...(country ? { country } : {}),
  });
  const token = /token=([\w%-]+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
  const { json } = await user.post('/registrations/confirm', { token: decodeURIComponent(token) });
  const reviewer = new TestClient(app);
  await reviewer.post('/session', REVIEWER);
  await reviewer.post(`/approvals/${json.id}/decisions`, { action: 'approve' });
  const otp = /One-time password: (\S+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
  await user.post('/session', { email, password: otp });
  await user.post('/session/password', { newPassword: 'compilers are translators of intent' });
  return user;
}

const CSV = `company_domain,serial,part_number,unit_type,purchase_date
cobol-works.com,CW-100001,GH-APL-2000,appliance,2024-03-18
cobol-works.com,"CW-100002",GH-PSU-650,power-supply,2025-01-07
bug-hunters.com,BH-200001,GH-FAN-40,fan-module,2023-11-30
`;

const request = (serialNumber: string, extra: string[] = []) => ({
  serialNumber,
  description: 'The power supply clicks and the unit stays dark.',
  deliveryAddress: {
    company: 'Cobol Works',
    street: '1 Mark Rd',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
  },
  addressConfirmed: true,
  ...(extra.length ? { moreThanOneDevice: true, additionalSerialNumbers: extra } : {}),
});

describe('the device registry', () => {
  it('parses CSV with quotes, CRLF and columns in any order; names a bad header and a short row', () => {
    expect(csvRows('a,"b,""c"""\r\n1,2\n')).toEqual([
      ['a', 'b,"c"'],
      ['1', '2'],
    ]);
    expect(csvRows('a,"b')).toBeNull();
    const parsed = parseDeviceCsv('serial,purchase_date,company_domain\nAB12-345678,2024-01-02,x.com\n');
    expect(parsed).toEqual({
      ok: true,
      devices: [{ serial: 'AB12-345678', purchaseDate: '2024-01-02', companyDomain: 'x.com' }],
    });
    expect(parseDeviceCsv('serial,owner\n')).toMatchObject({
      ok: false,
      issues: [
        {
          path: '/csv/header',
          code: 'columns',
          params: { missing: ['company_domain', 'purchase_date'], unknown: ['owner'] },
        },
      ],
    });
    expect(parseDeviceCsv('company_domain,serial,purchase_date\nx.com,AB12-345678\n')).toMatchObject({
      ok: false,
      issues: [{ path: '/csv/2', code: 'columns' }],
    });
  });

  it('checks every device and names each problem with its pointer', () => {
    const result = checkDevices(
      [
        { companyDomain: 'x.com', serial: 'ab', purchaseDate: '2024-02-30' },
        {
          companyDomain: 'not a domain',
          serial: 'AB12-345678',
          purchaseDate: '2999-01-01',
          unitType: 'toaster',
        },
        { companyDomain: 'x.com', serial: 'AB12-345678', purchaseDate: '2024-01-01' },
        { companyDomain: 'y.com', serial: 'AB12-345678', purchaseDate: '2024-01-01' },
      ],
      '2026-01-01',
    );
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`);
    expect(paths).toEqual([
      '/devices/0/serial pattern',
      '/devices/0/purchaseDate format',
      '/devices/1/companyDomain format',
      '/devices/1/unitType enum',
      '/devices/1/purchaseDate format',
      '/devices/3/serial uniqueItems',
    ]);
    expect(checkDevices([], '2026-01-01')).toMatchObject({
      ok: false,
      issues: [{ path: '/devices', code: 'minItems' }],
    });
  });

  it('only reviewers import; CSV and JSON; a company sees only its own devices', async () => {
    const user = await companyUser('grace@cobol-works.com', 'Cobol Works', 'US');
    expect((await user.post('/devices', { csv: CSV })).status).toBe(403);
    const reviewer = new TestClient(app);
    await reviewer.post('/session', REVIEWER);
    const imported = await reviewer.post('/devices', { csv: CSV });
    expect(imported.json).toEqual({ imported: 3 });
    const bad = await reviewer.post('/devices', {
      csv: 'company_domain,serial,purchase_date\nx.com,??,2024-01-01\n',
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues).toEqual([
      expect.objectContaining({ path: '/devices/0/serial', code: 'pattern' }),
    ]);
    const json = await reviewer.post('/devices', {
      devices: [
        {
          companyDomain: 'Cobol-Works.com',
          serial: 'CW-100003',
          purchaseDate: '2025-06-01',
          unitType: 'blade',
        },
      ],
    });
    expect(json.json).toEqual({ imported: 1 });
    expect((await reviewer.post('/devices', { devices: 'nope' })).status).toBe(422);
    const mine = await user.get('/devices');
    expect(mine.json.devices.map((d: { serial: string }) => d.serial).sort()).toEqual([
      'CW-100001',
      'CW-100002',
      'CW-100003',
    ]);
    expect((await reviewer.get('/devices?domain=bug-hunters.com')).json.devices).toEqual([
      {
        serial: 'BH-200001',
        companyDomain: 'bug-hunters.com',
        partNumber: 'GH-FAN-40',
        unitType: 'fan-module',
        purchaseDate: '2023-11-30',
      },
    ]);
  }, 60_000);

  it("RMA: every serial must be the company's (nothing stored otherwise); partner serials are referred; the list shows mine", async () => {
    const user = await companyUser('grace.h@cobol-works.com', 'Cobol Works', 'US');
    // The registration's country reaches the delivery address.
    expect((await user.get('/rma/defaults')).json.deliveryAddress).toMatchObject({
      company: 'Cobol Works',
      country: 'US',
    });

    // Another company's device and an unknown one: the same answer, at the field, nothing stored.
    for (const serial of ['BH-200001', 'ZZ-999999']) {
      const check = await user.post('/rma/hardware-check', { serialNumber: serial });
      expect(check.status).toBe(422);
      expect(check.json.error.issues).toEqual([
        { path: '/serialNumber', code: 'unknown-device', params: { serial } },
      ]);
    }
    const extra = await user.post('/rma/hardware-check', {
      serialNumber: 'CW-100001',
      additionalSerialNumbers: ['CW-100002', 'BH-200001'],
    });
    expect(extra.json.error.issues).toEqual([
      { path: '/additionalSerialNumbers/1', code: 'unknown-device', params: { serial: 'BH-200001' } },
    ]);
    const refused = await user.post('/rma', request('CW-100001', ['BH-200001']));
    expect(refused.status).toBe(422);
    expect(refused.json.error.issues[0]).toMatchObject({
      path: '/additionalSerialNumbers/0',
      code: 'unknown-device',
    });
    expect(await db.query('SELECT 1 FROM rma_requests')).toEqual([]);

    // Partner hardware keeps its own answer, naming the serial.
    expect(
      (
        await user.post('/rma/hardware-check', {
          serialNumber: 'CW-100001',
          additionalSerialNumbers: ['PX-123456'],
        })
      ).json,
    ).toEqual({
      owner: 'partner',
      vendor: 'Partner Systems Inc.',
      rmaUrl: 'https://partner.example/rma',
      serialNumber: 'PX-123456',
    });

    expect(
      (
        await user.post('/rma/hardware-check', {
          serialNumber: 'CW-100001',
          additionalSerialNumbers: ['CW-100002'],
        })
      ).json,
    ).toEqual({ owner: 'vendor' });
    const accepted = await user.post('/rma', request('CW-100001', ['CW-100002']));
    expect(accepted.status).toBe(201);
    const list = await user.get('/rma');
    expect(list.json.items).toEqual([
      expect.objectContaining({
        number: accepted.json.number,
        serialNumber: 'CW-100001',
        additionalSerialNumbers: ['CW-100002'],
        status: 'submitted',
      }),
    ]);
    // The next request starts from the last delivery address.
    expect((await user.get('/rma/defaults')).json.deliveryAddress).toMatchObject({
      street: '1 Mark Rd',
      city: 'Berlin',
    });
    // Another user of the same company does not see it in their list.
    const other = await companyUser('ada@bug-hunters.com', 'Bug Hunters');
    expect((await other.get('/rma')).json.items).toEqual([]);
  }, 60_000);
});
