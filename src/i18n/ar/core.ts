// Arabic messages of the app shell: name, menu, about, add-on card.
export const core = {
  'menu.title': 'مستفيد',
  'menu.about': 'حول مستفيد',
  'about.body': 'مستفيد {version}: تطبيق سياسة تنظيم العلاقة مع المستفيدين على Google Workspace.',
  'card.home.title': 'مستفيد',
  'card.home.subtitle': 'إدارة العلاقة مع المستفيدين',
} as const;


