import type { LabelPrefix, MessageKey } from '../../i18n/index.tsx';

/** The values of the definition's enumerations, in the order the national implementation list gives them. */
export const ITEM_TYPE_CODES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '20'];
export const SERVICE_OBJECT_CODES = ['1', '2', '3', '4', '5', '6', '9'];
export const LEVELS = ['item', 'sub_item', 'handling'];
export const SCOPES = ['district', 'city', 'province', 'cross_province', 'national'];
export const RESULT_TYPES = ['certificate', 'licence', 'approval', 'record', 'payment', 'other'];
export const DELIVERY = ['pickup', 'mail', 'online'];
export const ORIGINAL_OR_COPY = ['original', 'copy', 'original_and_copy'];
export const FORMS = ['paper', 'electronic', 'paper_or_electronic'];
export const NECESSITIES = ['required', 'conditional', 'optional'];
export const MATERIAL_SOURCES = ['applicant', 'government', 'intermediary'];
export const HANDLING_TYPES = ['instant', 'commitment'];

/** Select options for `values`, labelled by the `cat.<family>.<value>` keys. */
export const catOptions = (t: (key: MessageKey) => string, family: string, values: readonly string[]) =>
  values.map((value) => ({ value, label: t(`cat.${family}.${value}` as MessageKey) }));

/** Select options labelled by an existing label family (necessity, form, handling …). */
export const labelOptions = (
  label: (prefix: LabelPrefix, id: string) => string,
  prefix: LabelPrefix,
  values: readonly string[],
) => values.map((value) => ({ value, label: label(prefix, value) }));
