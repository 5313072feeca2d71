// SAT-2…4: the field activities staff may log are those whose method the organisation's policy lists.
import { enabledActivityKinds, fieldActivityRecord } from '../../../src/domain/satisfaction';
import { esrar } from '../../../src/profiles/esrar';
import { rusookh } from '../../../src/profiles/rusookh';

const only = (...ids: string[]) => ({ satisfaction: { ...esrar.satisfaction, methods: esrar.satisfaction.methods.filter((m) => ids.includes(m.id)) } });

describe('enabledActivityKinds', () => {
  it('gives each kind whose method is listed, in the catalog order', () => {
    expect(enabledActivityKinds(esrar)).toEqual(['field_survey', 'supervisory_visit', 'interview']);
    expect(enabledActivityKinds(only('interviews', 'periodic_survey'))).toEqual(['interview']);
    expect(enabledActivityKinds(only('supervisory_visits', 'field_survey'))).toEqual(['field_survey', 'supervisory_visit']);
  });

  it('gives none where the policy lists none of those methods', () => {
    expect(enabledActivityKinds(rusookh)).toEqual([]);
  });

  it('agrees with what the log accepts', () => {
    const profile = only('interviews');
    const log = (kind: string) => () => fieldActivityRecord({ kind, date: '2026-11-24', place: 'م', participants: 1, findings: 'ن' }, { actor: 'a@b.sa', at: '' }, profile);
    expect(log('interview')).not.toThrow();
    expect(log('field_survey')).toThrow();
  });
});
