// Staff register a phone or fax complaint through a dialog (CM-1): its choices come from the server; a text too long for a cell is refused in Arabic.
import { completeAnswers, newRegister, ok, OFFICER, rows } from './harness';

describe('the complaint dialog', () => {
  const sb = newRegister('esrar');
  const shown = ok(sb.execute('openComplaintDialog', [], { user: OFFICER }));
  const options = ok(sb.execute('getComplaintOptions', [], { user: OFFICER })) as { channels: Array<{ value: string; label: string }>; replyChannels: Array<{ value: string }> };
  const saved = ok(
    sb.execute('registerComplaint', [{ channel: 'fax', complainant: 'ليلى', mobile: '0551112233', replyChannel: 'email', email: 'layla@example.com', summary: 'تأخر صرف المساعدة' }], { user: OFFICER }),
  ) as { complaintNo: string };

  it('opens in Arabic, right to left, with CM-1 channels and the reply channels', () => {
    expect(shown).toBeUndefined();
    const dialog = sb.ui.dialogs[sb.ui.dialogs.length - 1];
    expect(dialog.title).toBe('تسجيل شكوى');
    expect(dialog.html).toContain('dir="rtl"');
    expect(options.channels.map((c) => c.value)).toEqual(['website_link', 'email', 'mobile', 'sms', 'fax']);
    expect(options.channels.find((c) => c.value === 'fax')?.label).toBeTruthy();
    expect(options.replyChannels.map((c) => c.value)).toContain('email');
  });

  it('records what the dialog sends as a complaint with its channel', () => {
    const [complaint] = rows(sb, 'الشكاوى');
    expect(complaint['رقم الشكوى']).toBe(saved.complaintNo);
    expect(JSON.stringify(complaint)).toContain('ليلى');
  });
});

describe('a text longer than a sheet cell holds, typed into a register dialog', () => {
  const sb = newRegister();
  const tooLong = 'ن'.repeat(60_000);
  const forCase = sb.execute('registerCaseFromChannel', [{ ...completeAnswers({ details: tooLong }), channel: 'phone' }], { user: OFFICER });
  const forComplaint = sb.execute('registerComplaint', [{ channel: 'fax', complainant: 'سعد', replyChannel: 'email', email: 'saad@example.com', summary: tooLong }], { user: OFFICER });

  it('is refused in Arabic, saying nothing was saved and what to do, and nothing is half-written', () => {
    const sentence = 'النص أطول مما تتسع له خلية في الجدول (٥٠٬٠٠٠ حرف)، فلم يُحفظ شيء: اختصره ثم أعد المحاولة.';
    expect(forCase.error?.message).toBe(sentence);
    expect(forComplaint.error?.message).toBe(sentence);
    expect(rows(sb, 'الحالات')).toHaveLength(0);
    expect(rows(sb, 'الشكاوى')).toHaveLength(0);
  });
});
