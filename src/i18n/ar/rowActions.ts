// Arabic messages of the «إجراءات السجل المحدد» dialog (complaints, claims, registrations, programs); the rest it reuses.
export const rowActions = {
  'menu.rowActions': 'إجراءات السجل المحدد',
  'ra.error.tab': 'اختر صفًّا في أحد هذه التبويبات: {tabs}.',
  'ra.error.row': 'لا سجل في الصف المحدد من «{tab}»: اختر صفًّا فيه رقم.',
  'ra.error.notNow': 'لا يمكن تنفيذ «{command}» والسجل في حالة «{status}».',
  'ra.error.number': 'اكتب رقمًا صحيحًا في «{field}».',
  'ra.error.tooLong': '«{field}» أطول من {max} حرف.',
  'ra.field.evidence': 'الدليل',
  'ra.field.reference': 'رقم الحكم',
  'ra.done.attendance': 'سُجل الحضور: {present} حاضر و{absent} غائب.',
  'ra.done.report': 'أُعد تقرير البرنامج: {url}',
  'ra.refresh': 'الصف المحدد',
} as const;
