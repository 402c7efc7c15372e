import type { FullDefinition } from '../../api/catalogue-admin.ts';

/** A server field path (`materials.0.name`) as an antd form name path (`['materials', 0, 'name']`). */
export function fieldNamePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const OPTIONAL_TEXT = ['condition', 'sourceNote', 'blankForm', 'sample', 'note'] as const;

/**
 * The form's values as the definition the server expects: blank optional texts left out (the server refuses an
 * empty string), blank lines of the legal basis dropped, and a material's 适用情形 kept only when it is 按情形.
 */
export function toDefinition(values: FullDefinition): FullDefinition {
  return {
    ...values,
    legalBasis: values.legalBasis.map((line) => line.trim()).filter(Boolean),
    keywords: values.keywords.map((word) => word.trim()).filter(Boolean),
    materials: values.materials.map((material) => {
      const cleaned = { ...material };
      for (const key of OPTIONAL_TEXT) {
        const text = cleaned[key]?.trim();
        if (text) cleaned[key] = text;
        else delete cleaned[key];
      }
      if (cleaned.necessity !== 'conditional') delete cleaned.condition;
      return cleaned;
    }),
  };
}

/** What a new item starts from: an instant item of the chosen department, served to natural persons. */
export function blankDefinition(): FullDefinition {
  return {
    name: '',
    basicCode: '',
    implementationCode: '',
    level: 'item',
    itemType: '20',
    serviceObjects: ['1'],
    departmentId: '',
    legalBasis: [],
    acceptConditions: [],
    materials: [],
    verifications: [],
    stages: [],
    legalLimitDays: 0,
    promisedLimitDays: 0,
    handlingType: 'instant',
    fees: [],
    result: { name: '', type: 'certificate' },
    deliveryMethods: ['pickup'],
    onlineDepth: 2,
    visitsRequired: 1,
    scope: 'district',
    trustFirst: false,
    keywords: [],
    source: '本区政务服务数据管理局录入',
  };
}

/** The next free id for a new row of a list (`material_3`), so the administrator need not invent one. */
export function nextId(prefix: string, taken: readonly { id?: string }[]): string {
  const used = new Set(taken.map((row) => row?.id));
  let n = taken.length + 1;
  while (used.has(`${prefix}_${n}`)) n++;
  return `${prefix}_${n}`;
}
