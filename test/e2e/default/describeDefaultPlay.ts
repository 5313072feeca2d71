// The default scenario played once for a profile, and every end-to-end suite that reads what it leaves behind
// registered on that one play: the scenario itself, the letters beneficiaries and staff read, their Arabic text,
// the quarter's evidence pack. One play each instead of one per suite (issue 14: the suite's time).
import * as fs from 'fs';
import { PROFILES } from '../../../src/profiles';
import { playDefaultReport } from '../playDefault';
import { scenarioSuite } from './scenario';
import { lettersSuite } from './letters';
import { staffLettersSuite } from './staffLetters';
import { arabicTextSuite } from './arabicText';
import { evidencePackSuite } from './evidencePack';

export function describeDefaultPlay(profileId: string): void {
  it('is one of the files that together play every profile, one file each', () => {
    const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.ts')).map((f) => f.replace(/\.test\.ts$/, ''));
    expect(files.sort()).toEqual(Object.keys(PROFILES).sort());
    expect(files).toContain(profileId);
  });
  const play = playDefaultReport(profileId);
  // The suites only read the play, but for the evidence pack's last test (it asks for the pack again): it comes
  // last, and jest runs a file's tests in the order they are declared.
  scenarioSuite(profileId, play);
  lettersSuite(profileId, play);
  staffLettersSuite(profileId, play);
  arabicTextSuite(profileId, play);
  evidencePackSuite(profileId, play);
}
