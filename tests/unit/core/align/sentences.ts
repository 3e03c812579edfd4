// Parallel Arabic-English sentences for the aligner's tests, written for them:
// ordinary news prose, some with names and numbers, some without.

export interface Pair {
  ar: string;
  en: string;
}

/** One-to-one pairs used as context around the case under test. */
export const PAIRS: readonly Pair[] = [
  {
    ar: 'وصل الرئيس إلى العاصمة صباح اليوم في زيارة رسمية تستغرق ثلاثة أيام.',
    en: 'The president arrived in the capital this morning for an official three-day visit.',
  },
  {
    ar: 'وقال المتحدث باسم الحكومة إن المحادثات ستتناول التعاون الاقتصادي والأمني بين البلدين.',
    en: 'A government spokesman said the talks would cover economic and security cooperation between the two countries.',
  },
  {
    ar: 'وتبلغ قيمة الاتفاقيات الموقعة نحو 450 مليون دولار بحسب مصادر رسمية.',
    en: 'The agreements signed are worth about 450 million dollars, according to official sources.',
  },
  {
    ar: 'وكان وزير الخارجية سيرغي لافروف قد زار طشقند في الربيع الماضي.',
    en: 'Foreign Minister Sergey Lavrov had visited Tashkent last spring.',
  },
  {
    ar: 'ومن المتوقع أن يلتقي الوفد برئيس الوزراء قبل أن يغادر إلى جنيف.',
    en: 'The delegation is expected to meet the prime minister before leaving for Geneva.',
  },
  {
    ar: 'وأكدت الوزارة أن عدد المشاركين في المؤتمر تجاوز 1200 شخص من 35 دولة.',
    en: 'The ministry said more than 1,200 people from 35 countries took part in the conference.',
  },
  {
    ar: 'وأشار التقرير إلى أن الأسعار ارتفعت بنسبة كبيرة خلال العام الماضي.',
    en: 'The report noted that prices rose sharply over the past year.',
  },
  {
    ar: 'ولم يصدر أي تعليق فوري من السفارة الأمريكية في موسكو.',
    en: 'There was no immediate comment from the US embassy in Moscow.',
  },
];

/** One long Arabic sentence that the English renders as two or three. */
export const ONE_AR_TWO_EN = {
  ar: 'وقال بوتين إن روسيا مستعدة للتعاون مع واشنطن في أفغانستان، مضيفاً أن القواعد العسكرية في طاجيكستان يمكن أن تستخدم لهذا الغرض.',
  en: [
    'Putin said Russia was ready to cooperate with Washington in Afghanistan.',
    'He added that the military bases in Tajikistan could be used for this purpose.',
  ],
};

export const ONE_AR_THREE_EN = {
  ar:
    'وأعلنت الشركة يوم الأربعاء أنها ستغلق مصنعها في برمنغهام بحلول نهاية العام، وهو ما سيؤدي إلى فقدان نحو 800 وظيفة، ' +
    'في حين قالت النقابات إنها ستطعن في القرار أمام المحاكم وستنظم إضرابا عاما في 14 مدينة.',
  en: [
    'The company announced on Wednesday that it would close its Birmingham factory by the end of the year.',
    'The closure will cost about 800 jobs.',
    'Unions said they would challenge the decision in court and stage a general strike in 14 cities.',
  ],
};

/** Two short Arabic sentences that the English fuses into one. */
export const TWO_AR_ONE_EN = {
  ar: ['وصل الوفد إلى كابول يوم الأحد.', 'وسيبقى هناك حتى منتصف أكتوبر المقبل لإجراء 16 لقاء.'],
  en: 'The delegation arrived in Kabul on Sunday and will stay there until mid-October to hold 16 meetings.',
};

export const THREE_AR_ONE_EN = {
  ar: ['انتهت المباراة بالتعادل.', 'سجل ميسي هدفين.', 'وحضر اللقاء 60 ألف متفرج في برشلونة.'],
  en: 'The match ended in a draw, with Messi scoring twice in front of 60,000 spectators in Barcelona.',
};

/** Sentence boundaries that fall at different places on the two sides. */
export const TWO_AR_TWO_EN = {
  ar: [
    'اجتمع وزراء المالية في بروكسل يوم الخميس لمناقشة أزمة الديون، واتفقوا في نهاية الاجتماع على خطة تضم 27 إجراء',
    'تبدأ في يناير.',
  ],
  en: [
    'Finance ministers met in Brussels on Thursday to discuss the debt crisis.',
    'At the end of the meeting they agreed on a plan of 27 measures starting in January.',
  ],
};
