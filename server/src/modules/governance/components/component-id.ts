import { componentClass } from './component-classes.ts';
import { componentErrors } from './components.errors.ts';

/**
 * The 17-digit component identifier: district code (6) + the component's minor class code (5) + a serial
 * number (6) unique within the district and class, e.g. 440604 01001 000123 is the 123rd 上水井盖 of 禅城区.
 */
export interface ComponentIdParts {
  districtCode: string;
  classCode: string;
  serial: number;
}

/** Serials run from 1; six digits allow 999,999 components of one class in one district. */
export const MAX_SERIAL = 999_999;

const SHAPE = /^(\d{6})(\d{5})(\d{6})$/;

/** Builds an id; throws RangeError for a malformed district, an unknown class or a serial out of range. */
export function componentId(districtCode: string, classCode: string, serial: number): string {
  if (!/^\d{6}$/.test(districtCode))
    throw new RangeError(`district code must be 6 digits: "${districtCode}"`);
  if (!componentClass(classCode)) throw new RangeError(`${classCode} is not a component class`);
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_SERIAL) {
    throw new RangeError(`serial must be a whole number from 1 to ${MAX_SERIAL}, got ${serial}`);
  }
  return `${districtCode}${classCode}${String(serial).padStart(6, '0')}`;
}

/** Splits an id into its parts; null unless it is 17 digits with a component class and a serial ≥ 1. */
export function parseComponentId(id: string): ComponentIdParts | null {
  return describeComponentId(id).parts ?? null;
}

/** The parts of a valid id, or why it is not one (for the error message). */
function describeComponentId(id: string): { parts?: ComponentIdParts; problem?: [string, string] } {
  const m = SHAPE.exec(id);
  if (!m) {
    return {
      problem: [
        `部件编码应为17位数字，收到 "${id}"`,
        `A component id is 17 digits (district 6 + class 5 + serial 6), got "${id}".`,
      ],
    };
  }
  const [, districtCode, classCode, serialText] = m as unknown as [string, string, string, string];
  if (!componentClass(classCode)) {
    return {
      problem: [
        `部件编码中的类别 ${classCode} 不是部件小类`,
        `Digits 7–11 of a component id name its class; ${classCode} is not a component class.`,
      ],
    };
  }
  const serial = Number(serialText);
  if (serial < 1) {
    return { problem: ['部件编码的序号不能为 000000', 'The serial (last 6 digits) starts at 000001.'] };
  }
  return { parts: { districtCode, classCode, serial } };
}

/** The parts of an id received as input; a malformed one is the caller's mistake (400, with the field). */
export function requireComponentId(id: string, field = 'id'): ComponentIdParts {
  const { parts, problem } = describeComponentId(id);
  if (!parts) {
    const [zh, en] = problem as [string, string];
    throw componentErrors.invalidId({ zh, en }, { field });
  }
  return parts;
}
