// Profile of seed 003: Mafatih Al-Khair endowment (وقف مفاتيح الخير).
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
    "يضع وقف مفاتيح الخير السياسات والإجراءات التي تنظم علاقتها بجميع الأطراف من مستفيدين وداعمين ومتطوعين وخلافه، بما يكفل حقوق الوقف وكافة هذه الأطراف. بتحديد حقوق وواجبات المتعاقدين، وطريقة أدائها، وتبعات التقصير في الأداء، وحدود المسؤولية وطريقة تسوية الخلافات التي قد تنشأ من جراء تنفيذ هذه العقود والخدمات بشكل يكفل حماية الأطراف ذات العلاقة مع الوقف.",
  'INTRO_2':
    "ويركز الوقف على صيغة العلاقات مع المستفيدين، وتضع لها أولوية من خلال وضع آلية لتنظيم هذه العلاقة. مع مراجعتها باستمرار والتعديل عليها وتعميمها بما يكفل حقوق المستفيد.",
  'G0':
    "تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية لإنجاز معاملاتهم ومتابعة متطلباتهم ومقترحاتهم والعمل على مواصلة التطوير والتحسين التي تتم بالتعاون مع كافة الجهات للوصول إلى تحقيق الأهداف، والوصول إليهم بأسهل الطرق دون الحاجة إلى طلب المستفيد.",
  'G1':
    "تقدير حاجة المستفيد وكافة الفئات المستفيدة في الوقف من خلال تسهيل الإجراءات ووصولهم على كافة الخدمات المطلوبة دون عناء ومشقة.",
  'G2':
    "تقديم الخدمات المتكاملة بأحدث الأساليب الالكترونية في خدمة المستفيد.",
  'G3':
    "تقديم المعلومات والإجابات بشكل ملائم بما يتناسب مع تساؤلات المستفيدين واستفساراتهم من خلال عدة قنوات.",
  'G4':
    "تقديم خدمة للمستفيد من موقعه حفاظاً لوقته وتقديراً لظروفه وسرعة انجاز خدمته.",
  'G5':
    "التركيز على عملية قياس رضا المستفيد كوسيلة لرفع جودة الخدمة المقدمة والتحسين المستمر لإجراء تقديم خدمة وأداء مقدم الخدمة.",
  'G6':
    "زيادة ثقة وانتماء المستفيدين بالوقف من خلال تبني أفضل المعايير.",
  'G6-a':
    "تصحيح المفاهيم السائدة لدى المستفيد عن الخدمات المقدمة في الوقف.",
  'G6-b':
    "تكوين انطباعات وقناعات ايجابية جديدة نحو الوقف وما تقدم من خدمات.",
  'G6-c':
    "نشر ثقافة تقييم الخدمة لدى المستفيد والتشجيع على ذلك والتأكد على أن تقييم جودة الخدمة حق من حقوق المستفيد حيث أنها أداة للتقويم والتطوير لا للعقاب والتشهير.",
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
    "تم اعتماد السياسة الداخلية لوقف مفاتيح الخير في اجتماع مجلس الإدارة رقم (١٦١) وتاريخ (٢٣/٠٣/١٤٤٧هـ - ١٥/٠٩/٢٠٢٥م)",
};

export const mafatih: Profile = {
  id: 'mafatih',
  name: { ar: 'وقف مفاتيح الخير', en: 'Mafatih Al-Khair Endowment' },
  kind: 'endowment',
  // The seed does not name a city.
  city: '',
  channels: [
    ...OPENING_CHANNELS,
    CHANNEL.assistanceRequest,
    CHANNEL.volunteering,
    { id: 'website', labelAr: 'الموقع الإلكتروني للوقف' },
    CHANNEL.branchRepresentatives,
  ],
  tools: [
    TOOL.associationBylaws,
    TOOL.socialResearchGuide,
    TOOL.supportPolicyGuide,
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
    CATEGORY.needyFamilies,
    CATEGORY.orphans,
    CATEGORY.widows,
    { id: 'students', nameAr: 'طلاب العلم', contactOfficerRole: 'ضابط اتصال الطلاب' },
  ],
  domains: [
    DOMAIN.socialResearch,
    DOMAIN.support,
    DOMAIN.volunteering,
  ],
  services: [
    {
      id: 'beneficiary_support',
      nameAr: 'طلب دعم مستفيد',
      conditions: [
        CONDITION.familySize,
        CONDITION.monthlyIncome,
        { key: 'housing_owned', labelAr: 'هل السكن ملك؟', type: 'yes_no' },
      ],
    },
    {
      id: 'orphan_sponsorship',
      nameAr: 'كفالة يتيم',
      conditions: [
        { key: 'orphan_birth_date', labelAr: 'تاريخ ميلاد اليتيم', type: 'date' },
        { key: 'guardian_name', labelAr: 'اسم ولي الأمر', type: 'text' },
      ],
    },
    {
      id: 'student_support',
      nameAr: 'دعم طالب علم',
      conditions: [
        { key: 'institution', labelAr: 'الجهة التعليمية', type: 'text' },
        { key: 'enrolled', labelAr: 'هل الطالب مقيد حالياً؟', type: 'yes_no' },
      ],
    },
  ],
  officerForUnclearProcedure: 'social_research_officer',
  approval: {
    body: 'مجلس الإدارة',
    meetingNumber: '١٦١',
    minutesNumber: '',
    hijriDate: '٢٣/٠٣/١٤٤٧هـ',
    gregorianDate: '١٥/٠٩/٢٠٢٥م',
    chair: '',
    chairTitle: '',
  },
  features: NO_OPTIONAL_WORKFLOWS,
  satisfaction: SURVEYS_WITHOUT_METHODS,
  clauses,
  clauseVoices: voicesOf(clauses),
  digits: 'arab',
  mailFooterAr: 'وقف مفاتيح الخير',
  retention: DEFAULT_RETENTION,
  messaging: { sms: { provider: 'json' }, whatsapp: DEFAULT_WHATSAPP },
};
