/**
 * Generates the demo's example dataset (a customer-churn table) deterministically:
 *   scripts/demo/example/data/train.csv  — 2,000 rows the model is trained on
 *   scripts/demo/example/data/batch.csv  — 1,000 "production" rows with a shifted population
 *   scripts/demo/example/data/batch-early.csv — 500 rows scored earlier, from the training population
 * Run: npx tsx scripts/demo/make-example-data.ts  (the outputs are committed).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../mulberry32.js';

interface Shift {
  tenureScale: number;
  chargeMean: number;
  monthToMonth: number;
  callsRate: number;
}

function rows(count: number, seed: number, shift: Shift): string {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const pick = <T>(items: readonly T[], weights: readonly number[]): T => {
    let r = random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]!) < 0) return items[i]!;
    return items[items.length - 1]!;
  };
  const lines = [
    'customer_id,tenure_months,monthly_charges,total_charges,contract,payment_method,support_calls,has_internet,churned',
  ];
  for (let i = 0; i < count; i++) {
    const tenure = Math.max(1, Math.round(-Math.log(1 - random()) * 24 * shift.tenureScale));
    const contract = pick(
      ['month-to-month', 'one-year', 'two-year'],
      [shift.monthToMonth, 0.25, 1 - shift.monthToMonth - 0.25],
    );
    const internet = random() < 0.78;
    const monthly = Math.max(18.25, shift.chargeMean + (internet ? 20 : -25) + normal() * 18);
    const calls = Math.min(9, Math.floor(-Math.log(1 - random()) * shift.callsRate));
    const payment = pick(
      ['electronic-check', 'mailed-check', 'bank-transfer', 'credit-card'],
      [0.34, 0.23, 0.22, 0.21],
    );
    const logit =
      -1.2 +
      (contract === 'month-to-month' ? 1.4 : contract === 'one-year' ? -0.2 : -1.3) -
      tenure / 30 +
      (monthly - 65) / 40 +
      calls * 0.35 +
      (payment === 'electronic-check' ? 0.45 : 0) +
      normal() * 0.6;
    const churned = random() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    const total = i % 97 === 13 ? '' : (monthly * tenure * (0.95 + random() * 0.1)).toFixed(2); // a few missing values
    lines.push(
      [
        `C${String(seed).slice(-2)}${String(i).padStart(5, '0')}`,
        tenure,
        monthly.toFixed(2),
        total,
        contract,
        payment,
        calls,
        internet ? 'yes' : 'no',
        churned,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

const out = join(import.meta.dirname, 'example', 'data');
writeFileSync(
  join(out, 'train.csv'),
  rows(2000, 20261101, { tenureScale: 1, chargeMean: 64, monthToMonth: 0.5, callsRate: 1.2 }),
);
writeFileSync(
  join(out, 'batch.csv'),
  rows(1000, 20261125, { tenureScale: 0.7, chargeMean: 72, monthToMonth: 0.62, callsRate: 1.6 }),
);
// The first scoring batch, before the population shifted: the same distribution as training (another seed).
writeFileSync(
  join(out, 'batch-early.csv'),
  rows(500, 20261115, { tenureScale: 1, chargeMean: 64, monthToMonth: 0.5, callsRate: 1.2 }),
);
console.log(`wrote ${out}/train.csv, batch.csv and batch-early.csv`);
