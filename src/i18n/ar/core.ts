// Arabic messages of the app shell: name, menu, about, add-on card.
export const core = {
  'app.name': 'مستفيد',
  'app.tagline': 'إدارة العلاقة مع المستفيدين',
  'menu.title': 'مستفيد',
  'menu.about': 'حول مستفيد',
  'about.body': 'مستفيد {version}: تطبيق سياسة تنظيم العلاقة مع المستفيدين على Google Workspace.',
  'card.home.title': 'مستفيد',
  'card.home.subtitle': 'إدارة العلاقة مع المستفيدين',
  'card.home.openRegister': 'افتح سجل الحالات من قائمة «مستفيد» في جدول البيانات.',
} as const;


