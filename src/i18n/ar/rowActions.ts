// Arabic messages of the «إجراءات السجل المحدد» dialog (complaints, claims, registrations, programs); the rest it reuses.
export const rowActions = {
  'menu.rowActions': 'إجراءات السجل المحدد',
  'ra.error.tab': 'اختر صفًّا في أحد هذه التبويبات: {tabs}.',
  'ra.error.row': 'لا سجل في الصف المحدد من «{tab}»: اختر صفًّا فيه رقم.',
  'ra.error.notNow': 'لا يمكن تنفيذ «{command}» والسجل في حالة «{status}».',
  'ra.error.number': 'اكتب رقمًا صحيحًا في «{field}».',
  'ra.error.tooLong': { count: 'max', one: "«{field}» أطول من حرف واحد.", two: "«{field}» أطول من حرفين.", few: "«{field}» أطول من {max} أحرف.", many: "«{field}» أطول من {max} حرفًا.", other: "«{field}» أطول من {max} حرف." },
  'ra.field.evidence': 'الدليل',
  'ra.field.reference': 'رقم الحكم',
  'ra.done.attendance': 'سُجل الحضور: الحاضرون {present}، والغائبون {absent}.',
  'ra.done.report': 'أُعد تقرير البرنامج: {url}',
  'ra.refresh': 'الصف المحدد',
} as const;
