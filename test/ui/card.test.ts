// CardService fake and card renderer: what a staff member would see on the add-on homepage card.
import { actionResponseModelOf, cardModelOf, createCardService } from '../../sandbox/services/card';
import { formattedText, renderCardToHtml } from '../../sandbox/ui/cardHtml';
import type { CallRecord, ServiceContext } from '../../sandbox/core/context';

function newContext(): ServiceContext & { calls: CallRecord[] } {
  const calls: CallRecord[] = [];
  const world = { nowMs: Date.parse('2025-03-02T06:00:00Z'), account: 'consumer' as const, owner: 'owner@mustafid.org.sa', boundSpreadsheetId: null, services: {} };
  return { world, executionId: 'card-test', user: 'officer@mustafid.org.sa', call: (method) => void calls.push({ method, ms: 0 }), now: () => new Date(world.nowMs), calls };
}

/** A "my work" card as the product's homepage would build it. */
function myWorkCard(cs: ReturnType<typeof createCardService>, name: string) {
  const open = cs.newAction().setFunctionName('openCaseFromCard').setParameters({ caseId: 'SR-1447-0007' });
  return cs.newCardBuilder()
    .setHeader(cs.newCardHeader().setTitle('أعمالي').setSubtitle('الحالات المفتوحة'))
    .addSection(
      cs.newCardSection().setHeader('متأخرة')
        .addWidget(cs.newDecoratedText().setTopLabel('SR-1447-0007').setText(name).setBottomLabel('متبقٍ يومان').setOnClickAction(open))
        .addWidget(cs.newTextParagraph().setText('<b>تنبيه:</b> ردّ قبل نهاية المهلة'))
        .addWidget(cs.newDivider())
        .addWidget(cs.newButtonSet().addButton(
          cs.newTextButton().setText('فتح السجل').setTextButtonStyle(cs.TextButtonStyle.FILLED)
            .setOpenLink(cs.newOpenLink().setUrl('https://docs.google.com/spreadsheets/d/abc/edit')),
        )),
    )
    .build();
}

describe('CardService fake', () => {
  it('given a card built by a script, then its structure is kept: header, sections, widgets and the action a click runs', () => {
    const ctx = newContext();
    const card = cardModelOf(myWorkCard(createCardService(ctx), 'فاطمة'));
    expect(card?.header?.title).toBe('أعمالي');
    expect(card?.sections[0].widgets.map((w) => w.kind)).toEqual(['decoratedText', 'textParagraph', 'divider', 'buttonSet']);
    const row = card?.sections[0].widgets[0];
    expect(row?.kind === 'decoratedText' && row.onClick).toEqual({
      kind: 'action',
      action: expect.objectContaining({ functionName: 'openCaseFromCard', parameters: { caseId: 'SR-1447-0007' } }),
    });
    expect(ctx.calls.map((c) => c.method)).toEqual(expect.arrayContaining(['CardService.newCardBuilder', 'CardBuilder.addSection', 'CardBuilder.build', 'Action.setParameters']));
  });

  it('given a card was built, when the script keeps changing its builders, then the built card does not change', () => {
    const cs = createCardService(newContext());
    const section = cs.newCardSection().addWidget(cs.newTextParagraph().setText('أولى'));
    const builder = cs.newCardBuilder().addSection(section);
    const first = builder.build();
    section.addWidget(cs.newTextParagraph().setText('ثانية'));
    expect(cardModelOf(first)?.sections[0].widgets).toHaveLength(1);
    expect(cardModelOf(builder.build())?.sections[0].widgets).toHaveLength(2);
  });

  it('given cards Apps Script would refuse, then building fails with a coded error instead of showing a broken card', () => {
    const cs = createCardService(newContext());
    expect(() => cs.newCardBuilder().build()).toThrow(expect.objectContaining({ cause: { code: 'CARD_INVALID' } }));
    const silentButton = cs.newCardSection().addWidget(cs.newButtonSet().addButton(cs.newTextButton().setText('اعتماد')));
    expect(() => cs.newCardBuilder().addSection(silentButton).build()).toThrow(/needs an action or a link/);
    const nameless = cs.newCardSection().addWidget(cs.newTextButton().setText('اعتماد').setOnClickAction(cs.newAction()));
    expect(() => cs.newCardBuilder().addSection(nameless).build()).toThrow(/function name/);
  });

  it('given parameters that are not all strings, then setParameters is refused with the Apps Script wording', () => {
    const cs = createCardService(newContext());
    expect(() => cs.newAction().setParameters({ row: 7 } as never)).toThrow(
      "The parameters (Object) don't match the method signature for CardService.Action.setParameters.",
    );
    expect(() => cs.newCardSection().addWidget('نص' as never)).toThrow(/\(String\) don't match the method signature for CardService.CardSection.addWidget/);
  });

  it('given an action response with a notification and a pushed card, then both are kept for the client', () => {
    const cs = createCardService(newContext());
    const detail = cs.newCardBuilder().setName('detail').addSection(cs.newCardSection().addWidget(cs.newTextParagraph().setText('تفاصيل'))).build();
    const response = cs.newActionResponseBuilder()
      .setNotification(cs.newNotification().setText('تم تسجيل القرار'))
      .setNavigation(cs.newNavigation().pushCard(detail))
      .build();
    const model = actionResponseModelOf(response);
    expect(model?.notification).toBe('تم تسجيل القرار');
    expect(model?.navigation?.[0]).toEqual({ op: 'pushCard', card: expect.objectContaining({ name: 'detail' }) });
  });
});

describe('renderCardToHtml', () => {
  it('given a beneficiary name holding a <script>, then the page shows it as text and carries no script element', () => {
    const html = renderCardToHtml(myWorkCard(createCardService(newContext()), '<script>alert("x")</script>سارة'));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;سارة');
  });

  it('given a card, then the page is Arabic and right to left, keeps the bold that Cards honour, and says what each click does', () => {
    const html = renderCardToHtml(myWorkCard(createCardService(newContext()), 'فاطمة'));
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<b>تنبيه:</b> ردّ قبل نهاية المهلة');
    expect(html).toContain('data-function="openCaseFromCard" data-parameters="{&quot;caseId&quot;:&quot;SR-1447-0007&quot;}"');
    expect(html).toContain('href="https://docs.google.com/spreadsheets/d/abc/edit"');
  });

  it('given formatting tags with hostile attributes, then only safe colours and web links survive', () => {
    expect(formattedText('<font color="red" onclick="x()">أحمر</font>')).toBe('<font color="red">أحمر</font>');
    expect(formattedText('<a href="javascript:alert(1)">رابط</a>')).toBe('<a>رابط</a>');
    expect(formattedText('<img src=x onerror=alert(1)><b>غامق')).toBe('&lt;img src=x onerror=alert(1)&gt;<b>غامق</b>');
  });

  it('given something that is not a built card, then rendering refuses with a code', () => {
    expect(() => renderCardToHtml({ title: 'x' })).toThrow(expect.objectContaining({ cause: { code: 'NOT_A_CARD' } }));
  });
});
