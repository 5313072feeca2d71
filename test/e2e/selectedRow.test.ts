// The case panel opens on the case of the row a staff member selected in the cases tab.
import { completeAnswers, nationalId, newRegister, ok, OFFICER, submit } from './harness';

describe('the case panel follows the selection', () => {
  const sb = newRegister();
  submit(sb, completeAnswers());
  submit(sb, completeAnswers({ national_id: nationalId(41), full_name: 'هند', email: 'hind@example.com' }));

  it('shows the case on the selected row', () => {
    sb.select('الحالات', 'E3');
    const reply = ok(sb.execute('sidebarCase', [null], { user: OFFICER })) as { ok: boolean; value: { panel: { caseNo: string } | null } };
    expect(reply.ok).toBe(true);
    expect(reply.value.panel?.caseNo).toBe('1448-00002');
  });

  it('shows no case when the selection is on the header or another tab', () => {
    sb.select('الحالات', 'A1');
    const onHeader = ok(sb.execute('sidebarCase', [null], { user: OFFICER })) as { value: { panel: unknown } };
    expect(onHeader.value.panel).toBeNull();
    sb.select('المستفيدون', 'A2');
    const elsewhere = ok(sb.execute('sidebarCase', [null], { user: OFFICER })) as { value: { panel: unknown } };
    expect(elsewhere.value.panel).toBeNull();
  });
});
