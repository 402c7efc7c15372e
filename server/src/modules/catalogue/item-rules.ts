import { ITEM_CODE_PATTERN } from '@yimen/shared/catalogue';
import { bilingual } from '../../errors.ts';
import type { ItemDefinitionT } from './item-definition.ts';

const CODE = new RegExp(ITEM_CODE_PATTERN);

/** One broken rule: the field path inside the definition (e.g. `materials.2.id`) and what to do about it. */
export interface RuleViolation {
  field: string;
  message: string;
}

/**
 * The rules a schema cannot express: references to departments, the 即办件 / 承诺件 distinction, the time limits
 * and ids that cases refer to. Returns the first violation in a fixed order, or null.
 */
export function checkItemRules(def: ItemDefinitionT, departments: ReadonlySet<string>): RuleViolation | null {
  return (
    checkCode(def) ??
    checkDepartments(def, departments) ??
    checkHandlingType(def) ??
    checkLimits(def) ??
    checkMaterials(def) ??
    checkUniqueIds(def) ??
    checkProofs(def)
  );
}

function checkCode(def: ItemDefinitionT): RuleViolation | null {
  // The implementation code is the item's address in URLs and in case numbers.
  if (CODE.test(def.implementationCode)) return null;
  return {
    field: 'implementationCode',
    message: bilingual(
      '实施编码只能包含字母、数字和 . _ -',
      'The implementation code may contain only letters, digits and . _ - (and must start with a letter or digit).',
    ),
  };
}

function checkDepartments(def: ItemDefinitionT, departments: ReadonlySet<string>): RuleViolation | null {
  const unknown = (field: string, id: string) => ({
    field,
    message: bilingual(`部门 ${id} 不存在`, `Unknown department "${id}".`),
  });
  if (!departments.has(def.departmentId)) return unknown('departmentId', def.departmentId);
  for (const [s, stage] of def.stages.entries()) {
    for (const [n, node] of stage.nodes.entries()) {
      if (!departments.has(node.departmentId))
        return unknown(`stages.${s}.nodes.${n}.departmentId`, node.departmentId);
    }
  }
  return null;
}

function checkHandlingType(def: ItemDefinitionT): RuleViolation | null {
  if (def.handlingType === 'instant') {
    // An instant item (即办件) is completed by the window on the spot: no department node may hold it.
    if (def.stages.length > 0)
      return {
        field: 'stages',
        message: bilingual('即办件不能设置办理环节', 'An instant item has no process stages; remove them.'),
      };
    if (def.promisedLimitDays !== 0)
      return {
        field: 'promisedLimitDays',
        message: bilingual(
          '即办件的承诺办结时限必须为 0',
          'An instant item is completed on the spot: its promised limit must be 0.',
        ),
      };
  } else if (def.stages.length === 0) {
    return {
      field: 'stages',
      message: bilingual(
        '承诺件至少需要一个办理环节',
        'A commitment item needs at least one process stage with a department node.',
      ),
    };
  }
  return null;
}

function checkLimits(def: ItemDefinitionT): RuleViolation | null {
  if (def.promisedLimitDays > def.legalLimitDays)
    return {
      field: 'promisedLimitDays',
      message: bilingual(
        `承诺办结时限（${def.promisedLimitDays} 个工作日）不能超过法定办结时限（${def.legalLimitDays} 个工作日）`,
        `The promised limit (${def.promisedLimitDays} working days) cannot exceed the legal limit (${def.legalLimitDays}).`,
      ),
    };
  return null;
}

function checkMaterials(def: ItemDefinitionT): RuleViolation | null {
  for (const [i, m] of def.materials.entries()) {
    // The guide must tell the applicant when a conditional material applies.
    if (m.necessity === 'conditional' && !m.condition)
      return {
        field: `materials.${i}.condition`,
        message: bilingual(
          `材料「${m.name}」按情形提交，请写明情形`,
          `Material "${m.name}" is conditional: state the condition.`,
        ),
      };
  }
  return null;
}

/** A verification proves a condition and replaces materials of the same item. */
function checkProofs(def: ItemDefinitionT): RuleViolation | null {
  const conditions = new Set(def.acceptConditions.map((x) => x.id));
  const materials = new Set(def.materials.map((m) => m.id));
  for (const [i, v] of def.verifications.entries()) {
    if (v.provesCondition && !conditions.has(v.provesCondition))
      return {
        field: `verifications.${i}.provesCondition`,
        message: bilingual(
          `没有受理条件 ${v.provesCondition}`,
          `No accept condition "${v.provesCondition}".`,
        ),
      };
    for (const [j, id] of (v.replacesMaterials ?? []).entries())
      if (!materials.has(id))
        return {
          field: `verifications.${i}.replacesMaterials.${j}`,
          message: bilingual(`没有材料 ${id}`, `No material "${id}".`),
        };
  }
  return null;
}

/** Cases, checklists and attestations refer to these ids, so each must name exactly one thing in the item. */
function checkUniqueIds(def: ItemDefinitionT): RuleViolation | null {
  const groups: Array<[string, Array<{ id: string }>]> = [
    ['acceptConditions', def.acceptConditions],
    ['materials', def.materials],
    ['verifications', def.verifications],
    ['stages', def.stages],
  ];
  for (const [path, list] of groups) {
    const dup = firstDuplicate(list.map((x) => x.id));
    if (dup) return duplicate(`${path}.${dup.index}.id`, dup.id);
  }
  // Node ids are unique across stages: a case's node record names the node alone.
  const nodes = def.stages.flatMap((s, si) =>
    s.nodes.map((n, ni) => ({ id: n.id, path: `stages.${si}.nodes.${ni}` })),
  );
  const dupNode = firstDuplicate(nodes.map((n) => n.id));
  if (dupNode) return duplicate(`${nodes[dupNode.index]!.path}.id`, dupNode.id);
  for (const [si, s] of def.stages.entries()) {
    for (const [ni, n] of s.nodes.entries()) {
      const dup = firstDuplicate(n.checklist.map((c) => c.id));
      if (dup) return duplicate(`stages.${si}.nodes.${ni}.checklist.${dup.index}.id`, dup.id);
    }
  }
  return null;
}

function firstDuplicate(ids: string[]): { index: number; id: string } | null {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) return { index, id };
    seen.add(id);
  }
  return null;
}

const duplicate = (field: string, id: string): RuleViolation => ({
  field,
  message: bilingual(`编号 ${id} 重复`, `The id "${id}" is used twice in this item; ids must be unique.`),
});
