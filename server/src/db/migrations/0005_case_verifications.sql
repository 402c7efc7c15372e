-- Jump verification (跳转核验) on a case: the yes/no questions of the item, asked of the departments' own
-- systems. Only the signed answer (a JWS attestation) is kept, never the department's record.
CREATE TABLE case_verifications (
  case_id          uuid NOT NULL REFERENCES cases(id),
  verification_id  text NOT NULL,
  system           text NOT NULL,
  predicate        text NOT NULL,
  subject          text NOT NULL CHECK (subject IN ('applicant','enterprise','legal_representative')),
  expected         boolean NOT NULL,
  state            text NOT NULL CHECK (state IN ('pending','answered','unavailable','invalid')),
  answer           boolean,
  no_record        boolean,
  attestation      text,
  request_hash     text,
  nonce            text,
  answered_at      timestamptz,
  attempts         integer NOT NULL DEFAULT 0,
  last_error       text,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, verification_id)
);
