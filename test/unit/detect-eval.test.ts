// Scores the detection core on the evaluation corpus (test/fixtures/detect-eval, lines from
// public code labelled by hand; see test/eval/detect-eval.ts for the format). Prints TP/FP/FN,
// precision and recall per language and overall for each half, and fails when a figure drops under
// its floor in test/fixtures/detect-eval/floors.json. Misses and false findings are printed for
// the tuning groups (TUNING_HALVES: tune, blind-blind3, every tuneN) only: the measures (holdout and blind4 to blind20)
// give figures, never a line of their own.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cursorMismatches, evalDir, HALVES, loadHalf, score, table, TUNING_HALVES, underFloors, type Floors } from '../eval/detect-eval';

const ROOT = path.resolve(__dirname, '../../..');
const FLOORS = path.join(evalDir(ROOT), 'floors.json');

describe('detect eval corpus', () => {
  const floors: Floors = fs.existsSync(FLOORS) ? JSON.parse(fs.readFileSync(FLOORS, 'utf8')) : {};
  for (const half of HALVES) {
    const tuning = TUNING_HALVES.includes(half);
    it(`${half}: no figure under its floor`, function () {
      const cases = loadHalf(ROOT, half);
      if (!cases.length) this.skip();
      const r = score(cases, { failures: tuning });
      console.log(`      ${table(`detect eval (${half}): ${cases.length} lines`, r).split('\n').join('\n      ')}`);
      const under = underFloors(r, floors[half]);
      const details = tuning && under.length ? `\n${r.failures.join('\n')}` : '';
      assert.deepEqual(under, [], `${half}: ${under.join('; ')}${details}`);
    });
    it(`${half}: the finding under the cursor (detectAt) is the line's, at every column of every finding`, function () {
      const cases = loadHalf(ROOT, half);
      if (!cases.length) this.skip();
      const bad = cursorMismatches(cases);
      assert.equal(bad.length, 0, tuning ? bad.join('\n') : `${bad.length} mismatches`);
    });
  }
  for (const half of HALVES.filter((h) => !TUNING_HALVES.includes(h))) it(`${half}: the scorer keeps no case text and its table holds none`, function () {
    const cases = loadHalf(ROOT, half);
    if (!cases.length) this.skip();
    const r = score(cases, { failures: false });
    assert.equal(r.failures.length, 0, `no failure lines for ${half}`);
    const out = table(half, r);
    const leaked = cases.filter((c) => c.text.trim().length >= 12 && out.includes(c.text.trim())).length;
    // Only a count: the message itself must not show a blind line.
    assert.equal(leaked, 0, `${leaked} ${half} case texts in the table`);
  });
});
