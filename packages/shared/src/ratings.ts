import { type Static, Type } from 'typebox';

/** The contract of 好差评: the levels, the indicators an applicant may tick, a rating and its answer. */

/** The five levels, best first: 5 非常满意 … 1 非常不满意. */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** Each level in words, as the server answers it (`label`) and the documents write it. */
export const RATING_LABELS: Record<RatingLevel, string> = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
};

/** The standard evaluation indicators an applicant may tick. */
export const RATING_INDICATORS = [
  'efficiency', // 办事效率
  'attitude', // 服务态度
  'convenience', // 办事便捷
  'guidance', // 告知清晰
  'fairness', // 公平公正
  'result', // 结果满意
] as const;
export type RatingIndicator = (typeof RATING_INDICATORS)[number];

export const RatingBody = Type.Object(
  {
    level: Type.Enum([...RATING_LEVELS], { description: '5 非常满意 … 1 非常不满意' }),
    indicators: Type.Array(Type.Enum([...RATING_INDICATORS]), {
      maxItems: RATING_INDICATORS.length,
      uniqueItems: true,
    }),
    comment: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type RatingInput = Static<typeof RatingBody>;

export const RatingResult = Type.Object({
  level: Type.Integer(),
  label: Type.String(),
  /** The rectification (整改) a bad rating opened, if it opened one. */
  rectificationId: Type.Union([Type.String(), Type.Null()]),
});
export type RatingResult = Static<typeof RatingResult>;
