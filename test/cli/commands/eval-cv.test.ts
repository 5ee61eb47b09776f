import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFiles, runCli, type TempFiles } from '../run-cli';

// Ten distinct scams and ten distinct vacancies: each ad joins two sentences of its pool, so no two are near-copies;
// and a template copied under three titles, which must stay in one fold.
const SCAM = [
  'Earn 400 dollars a day typing short notes from home on your own phone.',
  'No experience or interview needed, we pay every Friday straight to your bank.',
  'Receive customer payments into your personal account and forward them to our partners.',
  'Pay a small registration fee today and start your online shop job tomorrow morning.',
  'Limited places left, message our hiring manager on Telegram before midnight.',
  'Like and review products online for generous commissions, no skills required at all.',
  'Reship parcels from your address to our overseas buyers and keep ten percent.',
  'Become a mystery shopper and deposit the cheques we mail to you each week.',
  'Part time data entry with flexible hours, easy work, instant cash bonus on sign up.',
  'Send a copy of your passport and bank card to secure the position right now.',
];
const HONEST = [
  'The hospital ward seeks a registered nurse for rotating shifts with a preceptorship programme.',
  'Our engineering team designs hydraulic pumps and needs a CAD draughtsman with SolidWorks skills.',
  'A primary school in the valley is hiring a year four teacher from September.',
  'The logistics depot needs forklift drivers holding a valid counterbalance licence.',
  'We are a family bakery looking for an early morning baker with sourdough experience.',
  'The council library wants an assistant to run reading groups and manage loans.',
  'An accounting practice seeks a payroll officer familiar with Sage and pension auto enrolment.',
  'The marina is recruiting a boat mechanic able to service outboard and inboard engines.',
  'A veterinary clinic needs a receptionist to book appointments and handle billing.',
  'Join our IT helpdesk to support staff laptops, printers and the phone system.',
];
const TEMPLATE = 'Work from home as a payment processing agent: you receive transfers into your account and send them on by wire the same day, keeping a fee for each.';
const ad = (pool: readonly string[], i: number) => `${pool[i]} ${pool[(i + 3) % pool.length]}`;
const lines = [
  ...SCAM.map((_, i) => JSON.stringify({ text: ad(SCAM, i), fraudulent: 1 })),
  ...HONEST.map((_, i) => JSON.stringify({ text: ad(HONEST, i), fraudulent: 0 })),
  ...['Agent', 'Assistant', 'Clerk'].map((title) => JSON.stringify({ title: `Payment ${title}`, description: TEMPLATE, fraudulent: 1 })),
];

let files: TempFiles;
beforeAll(async () => {
  files = await makeTempFiles();
});
afterAll(() => files.remove());

describe('lurescan eval --cv', () => {
  it('cross-validates lurescan train on the file, with near-copies grouped, and says so', async () => {
    const data = await files.write('cv.jsonl', `${lines.join('\n')}\n`);
    const run = await runCli(['eval', data, '--label', 'fraudulent', '--cv', '5', '--format', 'json', '--bootstrap', '0']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { crossValidation: { folds: number; nearCopyGroups: number }; examples: number; positives: number };
    expect(report.crossValidation).toEqual({ folds: 5, nearCopyGroups: 21 });
    expect(report.examples).toBe(23);
    expect(report.positives).toBe(13);
    const text = await runCli(['eval', data, '--label', 'fraudulent', '--cv', '5', '--bootstrap', '0']);
    expect(text.stdout).toContain('Cross-validated: 5 folds of lurescan train on these postings, 21 near-copy groups kept whole');
  }, 60_000);

  it('refuses too few near-copy groups for the folds, and --cv with --model', async () => {
    const copies = [...lines.slice(0, 3), ...lines.slice(10, 13)];
    const data = await files.write('few.jsonl', `${copies.join('\n')}\n`);
    const few = await runCli(['eval', data, '--label', 'fraudulent', '--cv', '5']);
    expect(few.status).toBe(2);
    expect(few.stderr).toMatch(/needs at least 5 near-copy groups of each class; got 3 with positives and 3 without/);
    const withModel = await runCli(['eval', data, '--label', 'fraudulent', '--cv', '5', '--model', 'x.json']);
    expect(withModel.status).toBe(2);
    expect(withModel.stderr).toMatch(/leave out --model and --rules/);
  });
});
