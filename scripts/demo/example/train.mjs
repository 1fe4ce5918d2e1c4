// Trains a small churn classifier (logistic regression, mini-batch gradient descent) on data/train.csv.
// Plain Node.js, no dependencies, deterministic. Writes what ML tooling usually writes:
//   metrics.json                       final metrics (accuracy, f1, auc, loss)
//   dvclive/plots/metrics/*.tsv        per-epoch step series (step + value), as dvclive lays them out
//   model/model.json, model/meta.json  the trained weights and their description
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** The subset of YAML params.yaml uses: `section:` then indented `key: value` lines. */
function readParams(path) {
  const params = {};
  let section = params;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const [, indent, key, value] = /^(\s*)([\w-]+):\s*(.*)$/.exec(line) ?? [];
    if (key === undefined) continue;
    if (value === '') params[key] = section = {};
    else
      (indent ? section : params)[key] =
        value === 'true'
          ? true
          : value === 'false'
            ? false
            : Number.isNaN(Number(value))
              ? value
              : Number(value);
  }
  return params;
}

const params = readParams('params.yaml');
const { learning_rate: lr, epochs, l2, batch_size: batchSize } = params.train;
const usePayment = params.features?.use_payment_method !== false;

const [header, ...lines] = readFileSync('data/train.csv', 'utf8').trim().split('\n');
const cols = header.split(',');
const records = lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [cols[i], v])));
const medianTotal = (() => {
  const values = records
    .map((r) => Number(r.total_charges))
    .filter((v, i) => records[i].total_charges !== '')
    .sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
})();

function features(r) {
  const total = r.total_charges === '' ? medianTotal : Number(r.total_charges);
  const x = [
    1,
    Number(r.tenure_months) / 24 - 1,
    (Number(r.monthly_charges) - 65) / 30,
    total / 2000 - 1,
    r.contract === 'month-to-month' ? 1 : 0,
    r.contract === 'two-year' ? 1 : 0,
    Number(r.support_calls) / 2,
    r.has_internet === 'yes' ? 1 : 0,
  ];
  if (usePayment) x.push(r.payment_method === 'electronic-check' ? 1 : 0);
  return x;
}

const data = records.map((r, i) => ({ x: features(r), y: Number(r.churned), valid: i % 5 === 0 }));
const trainSet = data.filter((d) => !d.valid);
const validSet = data.filter((d) => d.valid);
const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const predict = (w, x) => sigmoid(x.reduce((s, v, i) => s + v * w[i], 0));
let w = new Array(trainSet[0].x.length).fill(0);

function evaluate(set) {
  let loss = 0;
  let tp = 0,
    fp = 0,
    fn = 0,
    correct = 0;
  const scored = set.map((d) => ({ p: predict(w, d.x), y: d.y }));
  for (const { p, y } of scored) {
    loss -= y * Math.log(Math.max(p, 1e-12)) + (1 - y) * Math.log(Math.max(1 - p, 1e-12));
    const hat = p >= 0.5 ? 1 : 0;
    if (hat === y) correct++;
    if (hat === 1 && y === 1) tp++;
    if (hat === 1 && y === 0) fp++;
    if (hat === 0 && y === 1) fn++;
  }
  // AUC by the rank-sum (Mann–Whitney) formula.
  const sorted = [...scored].sort((a, b) => a.p - b.p);
  let rankSum = 0,
    positives = 0;
  sorted.forEach((s, i) => {
    if (s.y === 1) {
      rankSum += i + 1;
      positives++;
    }
  });
  const negatives = sorted.length - positives;
  const auc = (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
  const round = (v) => Math.round(v * 1e6) / 1e6;
  return {
    accuracy: round(correct / set.length),
    f1: round((2 * tp) / (2 * tp + fp + fn)),
    auc: round(auc),
    loss: round(loss / set.length),
  };
}

const history = { loss: [], val_loss: [], val_accuracy: [] };
for (let epoch = 0; epoch < epochs; epoch++) {
  for (let start = 0; start < trainSet.length; start += batchSize) {
    const batch = trainSet.slice(start, start + batchSize);
    const grad = new Array(w.length).fill(0);
    for (const d of batch) {
      const err = predict(w, d.x) - d.y;
      d.x.forEach((v, i) => (grad[i] += err * v));
    }
    w = w.map((wi, i) => wi - lr * (grad[i] / batch.length + l2 * wi));
  }
  const tr = evaluate(trainSet);
  const va = evaluate(validSet);
  history.loss.push([epoch, tr.loss]);
  history.val_loss.push([epoch, va.loss]);
  history.val_accuracy.push([epoch, va.accuracy]);
}

const metrics = evaluate(validSet);
mkdirSync('dvclive/plots/metrics', { recursive: true });
mkdirSync('model', { recursive: true });
for (const [name, points] of Object.entries(history)) {
  writeFileSync(
    `dvclive/plots/metrics/${name}.tsv`,
    `step\t${name}\n${points.map(([s, v]) => `${s}\t${v}`).join('\n')}\n`,
  );
}
writeFileSync('metrics.json', `${JSON.stringify(metrics, null, 2)}\n`);
writeFileSync(
  'model/model.json',
  `${JSON.stringify({ type: 'logistic-regression', weights: w, median_total_charges: medianTotal }, null, 2)}\n`,
);
writeFileSync(
  'model/meta.json',
  `${JSON.stringify({ name: 'churn-model', features: usePayment ? 9 : 8, trained_on: 'data/train.csv' }, null, 2)}\n`,
);
console.log(`trained ${epochs} epochs: ${JSON.stringify(metrics)}`);
