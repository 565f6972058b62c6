// Codes of the exchange package (docs/exchange.md) with their Russian labels (docs/glossary.md).
// The tuple of codes is the source of truth for the database enums and the zod schemas.

function labelled<const T extends string>(labels: Record<T, string>) {
  const codes = Object.keys(labels) as [T, ...T[]];
  return { codes, labels, label: (code: T) => labels[code] };
}

export const organizationKind = labelled({
  school: 'Общеобразовательная организация',
  kindergarten: 'Дошкольная образовательная организация',
  additional: 'Организация дополнительного образования',
  college: 'Профессиональная образовательная организация',
  methodical_center: 'Методический центр (кабинет)',
  other: 'Иная организация',
});

export const organizationFlag = labelled({
  low_results: 'Низкие образовательные результаты (ШНОР)',
  hard_social: 'Функционирует в сложных социальных условиях',
  internship_site: 'Стажировочная площадка',
  base_site: 'Опорная площадка',
  innovation_site: 'Инновационная площадка',
  mentoring_model: 'Реализует целевую модель наставничества',
  staff_plan: 'Есть перспективный план развития кадрового потенциала',
  methodical_service: 'Есть методическая служба (совет)',
});

export const employmentCategory = labelled({
  teacher: 'Педагогический работник',
  manager: 'Управленческие кадры',
});

export const employmentType = labelled({
  main: 'Основное место работы',
  internal_part_time: 'Внутреннее совместительство',
  external_part_time: 'Внешнее совместительство',
});

/**
 * Первая and высшая are the qualification categories; педагог-методист and педагог-наставник the
 * qualification categories of приказ Минпросвещения № 196 от 24.03.2023; соответствие занимаемой
 * должности is the attestation that gives no category. Indicators count only first and highest.
 */
export const attestationCategory = labelled({
  first: 'Первая квалификационная категория',
  highest: 'Высшая квалификационная категория',
  methodist: 'Педагог-методист',
  mentor: 'Педагог-наставник',
  conformity: 'Соответствие занимаемой должности',
});
/** The attestations indicators count (docs/indicators.md, attestation_share). */
export const qualificationCategories = ['first', 'highest'] as const;

export const activeKind = labelled({
  methodical: 'Методический актив',
  expert: 'Экспертный актив',
});

export const activeLevel = labelled({
  municipal: 'Муниципальный',
  regional: 'Региональный',
});

export const level = labelled({
  school: 'Институциональный (уровень ОО)',
  municipal: 'Муниципальный',
  regional: 'Региональный',
  federal: 'Федеральный',
});

export const communityLevel = labelled({
  school: 'Институциональный (уровень ОО)',
  municipal: 'Муниципальный',
  regional: 'Региональный',
});

export const routeStatus = labelled({
  draft: 'Черновик',
  agreed: 'Согласован',
  in_progress: 'Реализуется',
  completed: 'Завершён',
  cancelled: 'Отменён',
});

export const activityKind = labelled({
  course: 'Курсы ПК / ДПО',
  internship: 'Стажировка',
  mentoring: 'Наставничество',
  master_class: 'Мастер-класс',
  event: 'Методическое мероприятие',
  horizontal: 'Горизонтальное обучение',
  self_education: 'Самообразование',
});

export const communityKind = labelled({
  association: 'Методическое объединение',
  creative_group: 'Творческая (проектная) группа',
  young_teacher_school: 'Школа молодого педагога',
  base_site: 'Опорная площадка',
  internship_site: 'Стажировочная площадка',
  virtual: 'Виртуальное профессиональное сообщество',
  school_association: 'Методическое объединение ОО',
  council: 'Методический совет',
});

export const communityRole = labelled({
  leader: 'Руководитель',
  member: 'Участник',
});

export const eventKind = labelled({
  seminar: 'Семинар',
  conference: 'Конференция',
  master_class: 'Мастер-класс',
  webinar: 'Вебинар',
  contest: 'Профессиональный конкурс',
  olympiad: 'Олимпиада',
  forum: 'Форум',
  consilium: 'Методический консилиум',
  project: 'Проект',
  other: 'Иное',
});

export const eventAudience = labelled({
  young_teachers: 'Молодые педагоги',
  managers: 'Управленческие кадры',
  teachers: 'Педагоги',
});

export const participationRole = labelled({
  participant: 'Участник',
  speaker: 'Выступающий',
  winner: 'Победитель',
  prize: 'Призёр',
  organizer: 'Организатор',
});

export const consultationOutcome = labelled({
  full: 'Помощь оказана в полном объёме',
  partial: 'Помощь оказана частично',
  none: 'Помощь не оказана',
});

export const practiceStatus = labelled({
  submitted: 'Подана',
  in_review: 'На экспертизе',
  published: 'Опубликована',
  rejected: 'Отклонена',
});

export const role = labelled({
  region_admin: 'Администратор региона',
  region_methodist: 'Региональный методист (куратор)',
  authority: 'Орган управления образованием',
  municipal_head: 'Руководитель ММС',
  municipal_methodist: 'Муниципальный методист',
  school_admin: 'Руководитель / методическая служба ОО',
  tutor: 'Тьютор',
  expert: 'Эксперт',
  teacher: 'Педагог',
});

export type OrganizationKind = (typeof organizationKind.codes)[number];
export type OrganizationFlag = (typeof organizationFlag.codes)[number];
export type EmploymentCategory = (typeof employmentCategory.codes)[number];
export type EmploymentType = (typeof employmentType.codes)[number];
export type AttestationCategory = (typeof attestationCategory.codes)[number];
export type Role = (typeof role.codes)[number];

/** Which kind of territory a role's grant is bound to. */
export const roleScopeKind: Record<Role, 'region' | 'municipality' | 'organization' | 'person'> = {
  region_admin: 'region',
  region_methodist: 'municipality',
  authority: 'municipality',
  municipal_head: 'municipality',
  municipal_methodist: 'municipality',
  school_admin: 'organization',
  tutor: 'organization',
  expert: 'person',
  teacher: 'person',
};
