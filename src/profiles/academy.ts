// Profile of seed 004: Open Islamic Academy association (جمعية الأكاديمية الإسلامية المفتوحة).
import type { Profile } from './schema';
import {
  voicesOf,
  CATEGORY, CHANNEL, CONDITION, DEFAULT_COMPLAINT_DEADLINE, DOMAIN, NO_OPTIONAL_WORKFLOWS, OPENING_CHANNELS,
  REMINDERS, RESEARCH_COMMITTEE, SURVEYS_WITHOUT_METHODS, TOOL, TWO_WEEKS, beneficiaryTypes,
  DEFAULT_RETENTION, DEFAULT_WHATSAPP,
} from './common';

/** The seed's wording, clause by clause. */
const clauses: Record<string, string> = {
  'INTRO':
    "تضع جمعية الأكاديمية الإسلامية المفتوحة السياسات والإجراءات التي تنظم علاقتها بجميع الأطراف من مستفيدين وداعمين ومتطوعين وخلافه، بما يكفل حقوق الجمعية وكافة هذه الأطراف. وتشكل أنظمة العمل والعقود المصدر الأساسي في تحديد حقوق وواجبات المتعاقدين وطريقة أدائها وتبعات التقصير في الأداء، وحدود المسؤولية وطريقة تسوية الخلافات التي قد تنشأ من جراء تنفيذ هذه العقود والخدمات بشكل يكفل حماية الأطراف ذات العلاقة مع الجمعية.",
  'INTRO_2':
    "وتركز الجمعية على صيغة العلاقات مع المستفيدين، وتضع لها أولوية من خلال وضع آلية لتنظيم هذه العلاقة. مع مراجعتها باستمرار والتعديل عليها وتعميمها بما يكفل حقوق المستفيد.",
  'G0':
    "تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية لإنجاز معاملاتهم ومتابعة متطلباتهم ومقترحاتهم والعمل على مواصلة التطوير والتحسين التي تتم بالتعاون مع كافة الجهات للوصول إلى تحقيق الأهداف، والوصول إليهم بأسهل الطرق دون الحاجة إلى طلب المستفيد.",
  'G1':
    "تقدير حاجة المستفيد وكافة الفئات المستفيدة في الجمعية من خلال تسهيل الإجراءات ووصولهم على كافة الخدمات المطلوبة دون عناء ومشقة",
  'G2':
    "تقديم الخدمات المتكاملة بأحدث الأساليب الإلكترونية في خدمة المستفيد",
  'G3':
    "تقديم المعلومات والإجابات بشكل ملائم بما يتناسب مع تساؤلات المستفيدين واستفساراتهم من خلال عدة قنوات",
  'G4':
    "تقديم خدمة للمستفيد من موقعه حفاظا لوقته وتقديرا لظروفه وسرعة انجاز خدمته",
  'G5':
    "التركيز على عملية قياس رضا المستفيد كوسيلة لرفع جودة الخدمة المقدمة والتحسين المستمر لإجراء تقديم خدمة وأداء مقدم الخدمة",
  'G6':
    "زيادة ثقة وانتماء المستفيدين بالجمعية من خلال تبني أفضل المعايير والممارسات في تقديم الخدمة للمستفيد وذلك عن طريق ما يلي:",
  'G6-a':
    "تصحيح المفاهيم السائدة لدى المستفيد عن الخدمات المقدمة في الجمعية",
  'G6-b':
    "تكوين انطباعات وقناعات ايجابية جديدة نحو الجمعية وما تقدم من خدمات",
  'G6-c':
    "نشر ثقافة تقييم الخدمة لدى المستفيد والتشجيع على ذلك والتأكد على أن تقييم جودة الخدمة حق من حقوق المستفيد حيث أنها أداة للتقويم والتطوير لا للعقاب والتشهير",
  'G6-d':
    "نشر ثقافة جودة الخدمة بين جميع الأقسام التي تقدم خدماتها للمستفيدين الداخلي أو الخارجي.",
  'G6-e':
    "ابتكار مفاهيم وتقنيات إدارية للارتقاء بمستوى ونوعية الخدمات المقدمة للمستفيد ومحاولة القضاء على معوقات تقديم خدمات ذات جودة عالية وذلك من خلال التطوير والتحسين المستمر للخدمات المقدمة للمستفيد من خلال تلمس آراء المستفيدين.",
  'SR-1':
    "استقبال المستفيد بلباقة واحترام والإجابة على جميع الاستفسارات وإعطاء المراجع الوقت الكافي.",
  'SR-2':
    "التأكد من تقديم المراجع كافة المعلومات المطلوبة، وعلى الموظف مطابقة البيانات والتأكد من صلاحيتها وقت التقديم.",
  'SR-3':
    "في حالة عدم وضوح الإجراءات للمستفيد فعلى الموظف إحالته لمسئول البحث الاجتماعي للإجابة على تساؤلاته وإيضاح الجوانب التنظيمية.",
  'SR-4':
    "التأكد على صحة البيانات المقدمة من طالب الدعم والتوقيع عليها وأنه مسؤول مسئولية مباشرة عن صحة المعلومات.",
  'SR-5':
    "التوضيح للمستفيد بأن طلبه سيرفع للجنة البحث لدراسة طلبه والرد عليه بشأن قبوله أو رفضه خلال مدة لا تقل عن أسبوعين.",
  'SR-6':
    "استكمال اجراءات التسجيل مع اكتمال الطلبات.",
  'SR-7':
    "تقديم الخدمة اللازمة.",
  'AP':
    "تم اعتماد سياسة تنظيم العلاقة مع المستفيدين بالجمعية في اجتماع مجلس الإدارة بجلسته الثانية المنعقدة بتاريخ: ١٧/٧/١٤٤٢ هـ الموافق: ١/٣/٢٠٢١ م",
};

export const academy: Profile = {
  id: 'academy',
  name: { ar: 'جمعية الأكاديمية الإسلامية المفتوحة', en: 'Open Islamic Academy Association' },
  kind: 'association',
  // The seed does not name a city.
  city: '',
  channels: [
    ...OPENING_CHANNELS,
    CHANNEL.volunteering,
    CHANNEL.associationWebsite,
    { id: 'representatives', labelAr: 'المناديب' },
  ],
  tools: [
    TOOL.associationBylaws,
    TOOL.socialResearchGuide,
    { id: 'support_policy_guide', titleAr: 'دليل سياسة الدعم للمستخدمين', url: '' },
    TOOL.supportRequestForm,
  ],
  deadline: {
    rule: TWO_WEEKS,
    clauseAr: 'التوضيح للمستفيد بأن طلبه سيرفع للجنة البحث لدراسة طلبه والرد عليه بشأن قبوله أو رفضه خلال مدة لا تقل عن أسبوعين.',
  },
  reminders: REMINDERS,
  complaintDeadline: DEFAULT_COMPLAINT_DEADLINE,
  committees: [
    RESEARCH_COMMITTEE,
  ],
  beneficiaryTypes: beneficiaryTypes('individual', 'family', 'legal_entity'),
  categories: [
    { id: 'students', nameAr: 'الطلاب والدارسون', contactOfficerRole: 'ضابط اتصال الطلاب' },
    { id: 'new_muslims', nameAr: 'المسلمون الجدد', contactOfficerRole: 'ضابط اتصال المسلمين الجدد' },
    { id: 'teachers', nameAr: 'المعلمون', contactOfficerRole: 'ضابط اتصال المعلمين' },
    CATEGORY.volunteers,
  ],
  domains: [
    { id: 'education', nameAr: 'البرامج التعليمية', contactOfficerRole: 'مسؤول البرامج التعليمية' },
    { id: 'student_support', nameAr: 'دعم الطلاب', contactOfficerRole: 'مسؤول الدعم' },
    DOMAIN.volunteering,
  ],
  services: [
    {
      id: 'course_enrolment',
      nameAr: 'التسجيل في برنامج تعليمي عن بعد',
      conditions: [
        CONDITION.programName,
        { key: 'language', labelAr: 'لغة الدراسة', type: 'text' },
        { key: 'has_internet', labelAr: 'هل يتوفر لديك اتصال بالإنترنت؟', type: 'yes_no' },
      ],
    },
    {
      id: 'student_support',
      nameAr: 'طلب دعم دارس',
      conditions: [
        { key: 'enrolled_since', labelAr: 'تاريخ الالتحاق', type: 'date' },
        CONDITION.monthlyIncome,
      ],
    },
    {
      id: 'volunteer_teaching',
      nameAr: 'التطوع في التدريس',
      conditions: [
        { key: 'specialty', labelAr: 'التخصص', type: 'text' },
        CONDITION.weeklyHours,
      ],
    },
  ],
  officerForUnclearProcedure: 'social_research_officer',
  approval: {
    body: 'مجلس الإدارة',
    meetingNumber: 'الثانية',
    minutesNumber: '',
    hijriDate: '١٧/٧/١٤٤٢ هـ',
    gregorianDate: '١/٣/٢٠٢١ م',
    chair: '',
    chairTitle: '',
  },
  features: NO_OPTIONAL_WORKFLOWS,
  satisfaction: SURVEYS_WITHOUT_METHODS,
  clauses,
  clauseVoices: voicesOf(clauses),
  digits: 'arab',
  mailFooterAr: 'جمعية الأكاديمية الإسلامية المفتوحة',
  retention: DEFAULT_RETENTION,
  messaging: { sms: { provider: 'unifonic' }, whatsapp: DEFAULT_WHATSAPP },
};
