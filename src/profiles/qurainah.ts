// Profile of seed 001: Al-Qurainah multi-purpose cooperative (الجمعية التعاونية متعددة الأغراض بالقرينة).
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
    "تضع جمعية القرينة التعاونية السياسات والإجراءات التي تنظم علاقتها بجميع الأطراف من مستفيدين وداعمين ومتطوعين وخلافه، بما يكفل حقوق الجمعية وكافة هذه الأطراف. وتشكل أنظمة العمل والعقود المصدر الأساسي في تحديد حقوق وواجبات المتعاقدين وطريقة أدائها وتبعات التقصير في الداء، وحدود المسؤولية وطريقة تسوية الخلافات التي قد تنشأ من جراء تنفيذ هذه العقود والخدمات بشكل يكفل حماية الأطراف ذات العلاقة مع الجمعية.",
  'INTRO_2':
    "وتركز الجمعية على صيغة العلاقات مع المستفيدين، وتضع لها أولوية من خلال وضع آلية لتنظيم هذه العلاقة. مع مراجعتها باستمرار والتعديل عليها وتعميمها بما يكفل حقوق المستفيد.",
  'G0':
    "تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية لإنجاز معاملاتهم ومتابعة متطلباتهم ومقترحاتهم والعمل على مواصلة التطوير والتحسين التي تتم بالتعاون مع كافة الجهات للوصول إلى تحقيق الأهداف، والوصول إليهم بأسهل الطرق دون الحاجة إلى طلب المستفيد.",
  'G1':
    "تقدير حاجة المستفيد وكافة الفئات المستفيدة في الجمعية من خلال تسهيل الإجراءات وحصولهم على كافة الخدمات المطلوبة دون عناء ومشقة",
  'G2':
    "تقديم الخدمات المتكاملة بأحدث الأساليب الالكترونية في خدمة المستفيد",
  'G3':
    "تقديم المعلومات والإجابات بشكل ملائم بما يتناسب مع تساؤلات المستفيدين واستفساراتهم من خلال عدة قنوات",
  'G4':
    "تقديم خدمة للمستفيد من موقعه حفاظاً لوقته وتقديراً لظروفه وسرعة انجاز خدمته",
  'G5':
    "التركيز على عملية قياس رضا المستفيد كوسيلة لرفع جودة الخدمة المقدمة والتحسين المستمر لإجراء تقديم خدمة وأداء مقدم الخدمة",
  'G6':
    "زيادة ثقة وانتماء المستفيدين بالجمعية من خلال تبني أفضل المعايير والممارسات في تقديم الخدمة للمستفيد وذلك عن طريق ما يلي:",
  'G6-a':
    "تصحيح المفاهيم السائدة لدى المستفيد عن الخدمات المقدمة في الجمعية",
  'G6-b':
    "تكوين انطباعات وقناعات ايجابية جديدة نحو الجمعية وما تقدم من خدمات",
  'G6-c':
    "نشر ثقافة تقييم الخدمة لدى المستفيد والتشجيع على ذلك والتأكد على أن تقييم جودة الخدمة حق من حقوق المستفيد حيث أنها أداة للتقويم والتطوير لا للعقاب والتشهير.",
  'G6-d':
    "نشر ثقافة جودة الخدمة بين جميع الأقسام التي تقدم خدماتها للمستفيدين الداخلي أو الخارجي",
  'G6-e':
    "ابتكار مفاهيم وتقنيات إدارية للارتقاء بمستوى ونوعية الخدمات المقدمة للمستفيد ومحاولة القضاء على معوقات تقديم خدمات ذات جودة عالية وذلك من خلال التطوير والتحسين المستمر للخدمات المقدمة للمستفيد من خلال تلمس آراء المستفيدين",
  'SR-1':
    "استقبال المستفيد بلباقة واحترام والإجابة على جميع الاستفسارات وإعطاء المراجع الوقت الكافي",
  'SR-2':
    "التأكد من تقديم المراجع كافة المعلومات المطلوبة، وعلى الموظف مطابقة البيانات والتأكد من صلاحيتها وقت التقديم",
  'SR-3':
    "في حالة عدم وضوح الإجراءات للمستفيد فعلى الموظف إحالته لمسئول البحث الاجتماعي للإجابة على تساؤلاته وإيضاح الجوانب التنظيمية",
  'SR-4':
    "التأكد على صحة البيانات المقدمة من طالب الدعم والتوقيع عليها وأنه مسؤول مسئولية مباشرة عن صحة المعلومات",
  'SR-5':
    "التوضيح للمستفيد بأن طلبه سيرفع للجنة البحث لدراسة طلبه والرد عليه بشأن قبوله أو رفضه خلال مدة لا تقل عن أسبوعين",
  'SR-6':
    "استكمال اجراءات التسجيل مع اكتمال الطلبات.",
  'SR-7':
    "تقديم الخدمة اللازمة.",
};

export const qurainah: Profile = {
  id: 'qurainah',
  name: { ar: 'الجمعية التعاونية متعددة الأغراض بالقرينة', en: 'Al-Qurainah Multi-Purpose Cooperative' },
  kind: 'cooperative',
  city: 'القرينة',
  channels: [
    ...OPENING_CHANNELS,
    CHANNEL.assistanceRequest,
    CHANNEL.volunteering,
    CHANNEL.associationWebsite,
    CHANNEL.branchRepresentatives,
  ],
  tools: [
    TOOL.associationBylaws,
    TOOL.socialResearchGuide,
    TOOL.supportPolicyGuide,
    TOOL.supportRequestForm,
    { id: 'charity_work_policies', titleAr: 'سياسات العمل الخيري', url: '' },
    { id: 'official_regulations', titleAr: 'التعليمات والانظمة من الجهات الرسمية', url: '' },
  ],
  deadline: {
    rule: TWO_WEEKS,
    clauseAr: 'التوضيح للمستفيد بأن طلبه سيرفع للجنة البحث لدراسة طلبه والرد عليه بشأن قبوله أو رفضه خلال مدة لا تقل عن أسبوعين',
  },
  reminders: REMINDERS,
  complaintDeadline: DEFAULT_COMPLAINT_DEADLINE,
  committees: [
    RESEARCH_COMMITTEE,
  ],
  beneficiaryTypes: beneficiaryTypes('individual', 'family'),
  categories: [
    { id: 'members', nameAr: 'أعضاء الجمعية التعاونية', contactOfficerRole: 'ضابط اتصال الأعضاء' },
    CATEGORY.needyFamilies,
    { id: 'elderly', nameAr: 'كبار السن', contactOfficerRole: 'ضابط اتصال كبار السن' },
    CATEGORY.volunteers,
  ],
  domains: [
    DOMAIN.socialResearch,
    DOMAIN.support,
    DOMAIN.volunteering,
    { id: 'branch_offices', nameAr: 'المكاتب الفرعية', contactOfficerRole: 'مندوب المكتب الفرعي' },
  ],
  services: [
    {
      id: 'beneficiary_support',
      nameAr: 'طلب دعم مستفيد',
      conditions: [
        CONDITION.familySize,
        CONDITION.monthlyIncome,
        { key: 'has_social_security', labelAr: 'هل تستفيد من الضمان الاجتماعي؟', type: 'yes_no' },
      ],
    },
    {
      id: 'home_assistance',
      nameAr: 'خدمة طلب المساعدة في الموقع',
      conditions: [
        { key: 'village', labelAr: 'القرية أو الحي', type: 'text' },
        { key: 'can_visit_office', labelAr: 'هل تستطيع الحضور إلى المكتب؟', type: 'yes_no' },
      ],
    },
    {
      id: 'volunteer_registration',
      nameAr: 'التسجيل في خدمة التطوع',
      conditions: [
        CONDITION.skills,
        { key: 'available_from', labelAr: 'متاح للتطوع ابتداءً من', type: 'date' },
      ],
    },
  ],
  officerForUnclearProcedure: 'social_research_officer',
  // The seed has no approval section.
  approval: { body: '', meetingNumber: '', minutesNumber: '', hijriDate: '', gregorianDate: '', chair: '', chairTitle: '' },
  features: NO_OPTIONAL_WORKFLOWS,
  satisfaction: SURVEYS_WITHOUT_METHODS,
  clauses,
  clauseVoices: voicesOf(clauses),
  digits: 'arab',
  mailFooterAr: 'الجمعية التعاونية متعددة الأغراض بالقرينة — www.algerina.org',
  retention: DEFAULT_RETENTION,
  messaging: { sms: { provider: 'msegat' }, whatsapp: DEFAULT_WHATSAPP },
};
