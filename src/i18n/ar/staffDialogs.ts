// Arabic words of the menu's «برنامج جديد» and «تسجيل نشاط ميداني» dialogs; their fields reuse the register's column names.
export const staffDialogs = {
  'menu.newProgram': 'برنامج جديد',
  'menu.fieldActivity': 'تسجيل نشاط ميداني',
  'sd.program.feeHint': '(٠ = مجاني)',
  'sd.program.conditionsHint': '(شرط في كل سطر)',
  'sd.program.save': 'إنشاء البرنامج',
  'sd.program.ok': 'أُنشئ البرنامج {id} «{name}». انسخ رابط التسجيل ونص الإعلان لنشرهما.',
  'sd.activity.save': 'تسجيل النشاط',
  'sd.activity.ok': 'سُجّل «{kind}» في «{place}» بتاريخ {date} في تبويب «{tab}».',
  'sd.activity.none': 'ليس في وسائل قياس الرضا بسياسة الجهة مسح ميداني ولا زيارات ولا مقابلات.',
} as const;
