export type Params = Record<string, string | number>;

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so a missing value is noticed. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
