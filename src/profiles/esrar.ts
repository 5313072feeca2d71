// Profile of seed 002: Esrar cooperative for productive families, Al-Ahsa (الجمعية التعاونية إصرار للأسر المنتجة).
import type { Profile } from './schema';
import {
  voicesOf,
  CATEGORY, CHANNEL, COMMITTEE_ROLES, CONDITION, DEFAULT_COMPLAINT_DEADLINE, DOMAIN, FOLLOW_UP_COMMITTEE,
  INVESTIGATION_COMMITTEE, PERIODIC_SURVEY, REMINDERS, TOOL, beneficiaryTypes,
  DEFAULT_RETENTION, DEFAULT_WHATSAPP,
} from './common';

/** The seed's wording, clause by clause. */
const clauses: Record<string, string> = {
  'INTRO':
    "تتمثل هذه السياسة بتنظيم العلاقة بين الجمعية والمستفيدين من خدماتها، وذلك بما يكفل الحقوق لكلا الأطراف، كما أن الاتفاقيات والعقود هي التي تشكل أساس ومصدر الحقوق والواجبات في التعامل بين الجمعية والمستفيدين، كما تسعى الجمعية جاهدة على تحديث وتجديد الحقوق وطريقة أدائها ومعالجة التقصير فيها بما يكفل حماية الحقوق.",
  'RS-0':
    "تحدد هذه السياسة المسؤوليات العامة على كافة العاملين ومن لهم علاقات تعاقدية مع الجمعية، ويستثنى من ذلك من تصدر لهم سياسات خاصة وفقاً للأنظمة.",
  'SR-1':
    "حسن الاستقبال للمستفيد بالأخلاق الرفيعة، وتقديم الضيافة حسب المستطاع، واستقبال استفساره مع توفير الاجابة المناسبة والرد عليها بمعلومة دقيقة سليمة صحيحة.",
  'SR-2':
    "حال استقبال معاملة يجب استلامها كاملة مع تزويده بمعايير واشتراطات الطلبات للتأكد من اكتمالها.",
  'SR-2b':
    "التأكد من اكتمال جميع البيانات والمعلومات قبل مغادرة المستفيد.",
  'SR-4':
    "التأكيد على صحة البيانات والمعلومات وأخذ توقيع المستفيد على صحتها، وأنه مسؤول مسؤولية مباشرة عنها.",
  'SR-5':
    "التوضيح للمستفيد بأن الطلب يعرض على اللجنة المختصة للدراسة وسيتم موافاته بالجديد على الوسيلة المتفق عليها للتواصل معه.",
  'SR-5b':
    "تحدد المدة للرد على الطلب بمدة لا تتجاوز (15) يوم عمل من تاريخ اكتمال الطلب.",
  'CP-1':
    "إذا ثبت أن الجمعية هي من تسبب في الخلل وابقاع الضرر الذي لحق بالمستفيد.",
  'CP-2':
    "إقرار الجمعية بمحضر من لجنة التحقيق والمتابعة مؤرخ ومعتمد من أعضاؤها، موضحاً به هذا الضرر وحجمه والأسباب التي أدت إليه.",
  'CP-3':
    "صدور حكم قضائي أو حكم نهائي من الجهات والسلطات المعنية بتسوية المنازعات.",
  'CP-4':
    "التفاوض مع المستفيد المتضرر لحل الخلاف والتعويض بما يضمن الحقوق.",
  'CM-1':
    "تسهيل عملية تبليغ الشكوى عبر الرابط المباشر في الموقع الإلكتروني والفاكس وسرعة معالجتها عن طريق لجنة المتابعة.",
  'CM-2':
    "تقديم الدعم الفني لحل الاشكالات واستقبال الاستفسارات فيما يخص التواصل بين الجمعية والمستفيد.",
  'CM-3':
    "السعي الحثيث لحل الخلافات والاشكالات ودياً فيما يضمن صفاء واستمرار العلاقة بين الجمعية والمستفيد.",
  'RB-1':
    "المحافظة على حقوق الملكية الفكرية للمستفيدين.",
  'RB-2':
    "المحافظة على خصوصية المستفيدين وحفظ بياناتهم بما يضمن الحفاظ على سرية المعلومات والمستندات.",
  'RB-3':
    "تأدية ما لهم من حقوق وواجبات عند استحقاقها.",
  'RB-4':
    "التقييد والالتزام بالمعايير والسياسات المنظمة لميثاق أخلاقيات المهنة والسلوك.",
  'IN-1':
    "تحديد ضابط اتصال مع المستفيدين حسب فئاتهم وحسب مجالات الجمعية لاستقبال الاستفسارات والرد عليها.",
  'IN-2':
    "توفير وتعزيز قنوات التواصل مع المستفيدين لاستقبال الاستفسارات وتزويدهم بالطلبات والمعلومات.",
  'IN-3':
    "عمل التحديثات اللازمة على إي معلومات طراً التعديل عليها عبر الوسائل المعتمدة في الجمعية.",
  'SAT-1':
    "رفع استبانة قياس الرضا بكل دوري.",
  'SAT-2':
    "المسح الميداني.",
  'SAT-3':
    "الزيارات الإشرافية على المكاتب.",
  'SAT-4':
    "المقابلات.",
  'SAT-5':
    "المتابعة المستمرة من الإدارة العليا على رابط الشكاوى والاستفسارات.",
  'SAT-6':
    "الاشراف من الإدارة العليا على ضابط الاتصال والتواصل.",
  'RS':
    "تطبق هذه السياسة ضمن أنشطة الجمعية وعلى جميع العاملين الذين يعملون تحت إدارة واشرف الجمعية الاطلاع على الأنظمة المتعلقة بعملهم وعلى هذه السياسة والإلمام بها والتوقيع عليها، والالتزام بما ورد فيها من أحكام عند أداء واجباتهم ومسؤولياتهم الوظيفية. وعلى إدارة الموارد البشرية نشر الوعي بثقافة ومبادئ السلوك الوظيفي واخلاقيات الوظيفة وتزويد جميع الإدارات والأقسام بنسخة منها.",
  'AP':
    "تم اعتماد هذه السياسة بالجمعية التعاونية إصرار للأسر المنتجة في اجتماع مجلس الإدارة محضر رقم 10 بتاريخ 26/11/1443 هـ الموافق 25/06/2022م",
};

export const esrar: Profile = {
  id: 'esrar',
  name: { ar: 'الجمعية التعاونية إصرار للأسر المنتجة', en: 'Esrar Cooperative for Productive Families' },
  kind: 'cooperative',
  city: 'الأحساء',
  channels: [
    CHANNEL.interview,
    { id: 'letter', labelAr: 'المخاطبات-المراسلات' },
    { id: 'phone', labelAr: 'الاتصال الهاتفي' },
    { id: 'fax', labelAr: 'الفاكس' },
    // The seed lists "الموقع - البريد الإلكتروني" as one item: two channels the software tells apart.
    { id: 'website', labelAr: 'الموقع' },
    CHANNEL.email,
    CHANNEL.volunteering,
  ],
  tools: [
    { id: 'bylaws', titleAr: 'اللائحة الأساسية', url: '' },
    { id: 'partners_policy', titleAr: 'سياسة التعامل مع الشركاء المنفذين والأطراف', url: '' },
    { id: 'volunteer_policy', titleAr: 'سياسة إدارة التطوع', url: '' },
    { id: 'aid_disbursement_policy', titleAr: 'سياسة صرف المساعدات', url: '' },
    TOOL.serviceRequestForm,
  ],
  deadline: {
    rule: { kind: 'working_days', days: 15 },
    clauseAr: 'تحدد المدة للرد على الطلب بمدة لا تتجاوز (15) يوم عمل من تاريخ اكتمال الطلب.',
  },
  reminders: REMINDERS,
  complaintDeadline: DEFAULT_COMPLAINT_DEADLINE,
  committees: [
    { id: 'competent_committee', nameAr: 'اللجنة المختصة', purpose: 'eligibility', memberRoles: COMMITTEE_ROLES },
    FOLLOW_UP_COMMITTEE,
    INVESTIGATION_COMMITTEE,
  ],
  beneficiaryTypes: beneficiaryTypes('individual', 'family'),
  categories: [
    { id: 'productive_families', nameAr: 'الأسر المنتجة', contactOfficerRole: 'ضابط اتصال الأسر المنتجة' },
    { id: 'general_assembly_members', nameAr: 'أعضاء الجمعية العمومية', contactOfficerRole: 'ضابط اتصال الأعضاء' },
    { id: 'partners', nameAr: 'الشركاء المنفذون', contactOfficerRole: 'ضابط اتصال الشركاء' },
    CATEGORY.volunteers,
  ],
  domains: [
    { id: 'training', nameAr: 'التدريب والتأهيل', contactOfficerRole: 'مسؤول التدريب' },
    { id: 'marketing', nameAr: 'التسويق والمعارض', contactOfficerRole: 'مسؤول التسويق' },
    DOMAIN.aid,
    DOMAIN.volunteering,
  ],
  services: [
    {
      id: 'productive_family_registration',
      nameAr: 'تسجيل أسرة منتجة',
      conditions: [
        { key: 'product_type', labelAr: 'نوع المنتج', type: 'text' },
        { key: 'commercial_register', labelAr: 'هل لدى الأسرة سجل تجاري أو وثيقة عمل حر؟', type: 'yes_no' },
        { key: 'resident_in_ahsa', labelAr: 'هل تقيم الأسرة في الأحساء؟', type: 'yes_no' },
      ],
    },
    {
      id: 'exhibition_participation',
      nameAr: 'المشاركة في معرض لتسويق المنتجات',
      conditions: [
        { key: 'exhibition_name', labelAr: 'اسم المعرض', type: 'text' },
        { key: 'food_license', labelAr: 'هل لدى الأسرة شهادة صحية إن كان المنتج غذائياً؟', type: 'yes_no' },
      ],
    },
    {
      id: 'training_course',
      nameAr: 'الالتحاق بدورة تدريبية',
      conditions: [
        CONDITION.courseName,
        { key: 'birth_date', labelAr: 'تاريخ الميلاد', type: 'date' },
      ],
    },
    {
      id: 'aid_request',
      nameAr: 'طلب مساعدة',
      conditions: [
        CONDITION.familySize,
        CONDITION.monthlyIncome,
      ],
    },
  ],
  officerForUnclearProcedure: 'responsible_officer',
  approval: {
    body: 'مجلس الإدارة',
    meetingNumber: '',
    minutesNumber: '10',
    hijriDate: '26/11/1443 هـ',
    gregorianDate: '25/06/2022م',
    chair: 'فادية عبدالله الراشد',
    chairTitle: 'رئيس مجلس الإدارة',
  },
  features: { eligibility: false, programs: false, complaints: true, compensation: true, satisfaction: true, staffSignoff: true },
  satisfaction: {
    ...PERIODIC_SURVEY,
    methods: [
      { id: 'periodic_survey', labelAr: 'رفع استبانة قياس الرضا بكل دوري' },
      { id: 'field_survey', labelAr: 'المسح الميداني' },
      { id: 'supervisory_visits', labelAr: 'الزيارات الإشرافية على المكاتب' },
      { id: 'interviews', labelAr: 'المقابلات' },
      { id: 'complaints_follow_up', labelAr: 'المتابعة المستمرة من الإدارة العليا على رابط الشكاوى والاستفسارات' },
      { id: 'contact_officer_supervision', labelAr: 'الاشراف من الإدارة العليا على ضابط الاتصال والتواصل' },
    ],
  },
  clauses,
  clauseVoices: voicesOf(clauses),
  digits: 'latn',
  mailFooterAr: 'الجمعية التعاونية إصرار للأسر المنتجة — السعودية - الأحساء — esrar.org.sa — 0530801110 — Esrar.association@gmail.com',
  retention: DEFAULT_RETENTION,
  messaging: { sms: { provider: 'unifonic' }, whatsapp: DEFAULT_WHATSAPP },
};
