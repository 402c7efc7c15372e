import { TAXONOMY } from '../taxonomy/taxonomy.data.ts';
import type { MinorClass } from '../taxonomy/taxonomy.types.ts';

/**
 * The component classes (部件小类): the taxonomy's minors of kind 'component', majors 01–05. A component's class
 * is part of its 17-digit id, so only these codes can appear in one.
 */
export const COMPONENT_CLASSES: readonly MinorClass[] = TAXONOMY.minors
  .filter((m) => m.kind === 'component')
  .sort((a, b) => a.code.localeCompare(b.code));

const byCode = new Map(COMPONENT_CLASSES.map((c) => [c.code, c]));

/** The component class with this five-digit code, or undefined (unknown, or an event class). */
export const componentClass = (code: string): MinorClass | undefined => byCode.get(code);

export const isComponentClass = (code: string): boolean => byCode.has(code);

/** 完好 / 破损 / 丢失 / 废弃 / 移除, as stored in components.status. */
import { COMPONENT_STATUSES } from '@yimen/shared/components';

export { COMPONENT_STATUSES };
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];
