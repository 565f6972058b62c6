// The Russian names of record fields, as the forms show them and the change log repeats them.

export const personFields = {
  code: 'Код',
  lastName: 'Фамилия',
  firstName: 'Имя',
  middleName: 'Отчество',
  birthDate: 'Дата рождения',
  careerStart: 'Начало педагогического стажа',
  email: 'Электронная почта',
  phone: 'Телефон',
  snils: 'СНИЛС',
} as const;

export const employmentFields = {
  personId: 'Работник',
  organizationId: 'Организация',
  position: 'Должность',
  category: 'Категория',
  subjects: 'Предметы',
  start: 'Дата начала работы',
  end: 'Дата окончания работы',
  type: 'Вид занятости',
  personnelNumber: 'Табельный номер',
} as const;

export const attestationFields = {
  personId: 'Работник',
  category: 'Квалификационная категория',
  date: 'Дата присвоения',
} as const;

export const membershipFields = {
  personId: 'Работник',
  kind: 'Вид',
  level: 'Уровень',
  start: 'Дата включения',
  end: 'Дата исключения',
} as const;

export const organizationFields = {
  name: 'Полное наименование',
  shortName: 'Краткое наименование',
  code: 'Код',
  municipalityId: 'Муниципалитет',
  kind: 'Тип организации',
  address: 'Адрес',
  flags: 'Признаки организации',
  flagsReviewedAt: 'Признаки подтверждены',
} as const;

export const municipalityFields = {
  name: 'Наименование',
  code: 'Код',
} as const;

export const userFields = {
  login: 'Логин',
  displayName: 'Имя для отображения',
  password: 'Пароль',
  personId: 'Карточка работника',
  grants: 'Роли',
  role: 'Роль',
  municipalityId: 'Муниципалитет',
  organizationId: 'Организация',
  active: 'Учётная запись активна',
} as const;
