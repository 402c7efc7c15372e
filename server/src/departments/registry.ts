import { createHmac } from 'node:crypto';
import { type ParsedIdNumber, parseIdNumber } from '@yimen/shared/id-checks';
import type { Subject, SubjectType, SystemId } from '../modules/verification/protocol.ts';

/**
 * What every simulated registry shares. A registry holds its own facts about subjects; here the facts are
 * derived from the identifier (and a data key) so that the registries agree with the demo's synthetic
 * population without reading its database, and an override table replaces them for named subjects.
 */

export interface RegistryAnswer {
  answer: boolean;
  /** The registry has no record of the subject; the answer is then false ("cannot confirm"). */
  reason?: 'no_record';
}

export const NO_RECORD: RegistryAnswer = { answer: false, reason: 'no_record' };

/** A question the registry refuses to answer: the identifier is malformed or of the wrong kind. */
export class InvalidSubject extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSubject';
  }
}

export interface RegistryContext {
  /** Keys the pseudo-random facts: the same key gives the same population on every start. */
  dataKey: string;
  /** Today in China Standard Time, YYYY-MM-DD (injectable so that ages do not depend on the clock). */
  today(): string;
}

export interface Registry {
  readonly system: SystemId;
  /** Answers a predicate the system's catalogue lists; throws InvalidSubject for a malformed subject. */
  answer(predicate: string, subject: Subject, about?: Subject): RegistryAnswer;
}

/** A deterministic number in [0, 1) for one fact about one subject: HMAC-SHA256 keyed by the data key. */
export function keyedFraction(dataKey: string, system: SystemId, fact: string, subjectId: string): number {
  const mac = createHmac('sha256', dataKey).update(`${system}\n${fact}\n${subjectId}`).digest();
  return mac.readUIntBE(0, 6) / 2 ** 48;
}

export function requireSubjectType(subject: Subject, type: SubjectType): void {
  if (subject.type !== type) {
    throw new InvalidSubject(`this registry answers about a ${type}, not a ${subject.type}`);
  }
}

/** Parses the ID number of a person subject (GB 11643) or refuses the question. */
export function personOf(subject: Subject, today: string): ParsedIdNumber {
  requireSubjectType(subject, 'person');
  const parsed = parseIdNumber(subject.id, today);
  if (!parsed.ok) throw new InvalidSubject(`invalid ID number (${parsed.rule}): ${parsed.message}`);
  return parsed.value;
}

/**
 * Age in completed years (周岁) on `today`. Someone born on 29 February completes a year on 1 March in a
 * common year, because "02-28" sorts before "02-29".
 */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Looks a subject up in an override table whose keys are normalised (trimmed, upper-case). */
export function overrideFor<T>(table: Record<string, T> | undefined, subjectId: string): T | undefined {
  return table?.[subjectId.trim().toUpperCase()];
}
