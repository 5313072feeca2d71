// The default scenario (what `npm start` plays) runs for a seed profile with only the workflows its policy
// has, and leaves no failure. Registered by ./describeDefaultPlay.ts on the profile's one play.
import { PROFILES } from '../../../src/profiles';
import { rows } from '../harness';
import { DEFAULT_SCENARIO as scenario, type DefaultPlay } from '../playDefault';
import { t } from '../../../src/i18n';

export const scenarioSuite = (profileId: string, { sb, report }: DefaultPlay) => describe(`the default scenario for ${profileId}`, () => {
  const profile = PROFILES[profileId];
  const sheetNames = () => {
    const slot = sb.world.services.spreadsheets as { spreadsheets: Record<string, { sheets: Array<{ name: string }> }> };
    return slot.spreadsheets[sb.world.boundSpreadsheetId!].sheets.map((s) => s.name);
  };

  it('plays without a failure', () => {
    expect(report.failures).toEqual([]);
  });

  it('runs as an organisation on gmail.com accounts: a step typed into the register is put back as unidentified', () => {
    expect([scenario.account, scenario.owner]).toEqual(['consumer', 'esrar.org@gmail.com']);
    const refused = rows(sb, 'سجل التدقيق').filter((a) => a['الإجراء'] === t('audit.edit_refused'));
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((a) => a['المستخدم'] === t('audit.actor.unidentified'))).toBe(true);
    expect(rows(sb, 'سجل التدقيق').some((a) => a['المستخدم'] === scenario.owner && a['الإجراء'] === t('audit.case_transition'))).toBe(false);
  });

  it('accepts one request and rejects another, each beneficiary told', () => {
    const statuses = rows(sb, 'الحالات').map((c) => c['حالة الطلب']);
    expect(statuses).toEqual(['تم تقديم الخدمة', 'مكتمل', 'مغلق']);
  });

  it('has the complaints and compensation tabs only where the policy has them', () => {
    expect(sheetNames().includes('الشكاوى')).toBe(profile.features.complaints);
    expect(sheetNames().includes('مطالبات التعويض')).toBe(profile.features.compensation);
    expect(sheetNames().includes('البرامج والأنشطة')).toBe(profile.features.programs);
  });

  if (profile.features.compensation) {
    it('grants compensation only after all four conditions, having refused it before', () => {
      const [claim] = rows(sb, 'مطالبات التعويض');
      expect(JSON.stringify(claim)).toContain('1500');
      const refusal = report.steps.find((s) => s.executions.some((x) => x.fn === 'grantCompensation' && x.error));
      expect(refusal?.executions.find((x) => x.fn === 'grantCompensation')?.error).toContain('الشروط');
    });
  }
});
