-- Trust first, verify later (先信任后审批): when the after-the-fact cross-check of a trust-first case finds a
-- declared fact untrue, the case and the applicant are flagged for follow-up. Supervisors see the flags; the
-- window sees them on the applicant's next application.
CREATE TABLE follow_up_flags (
  id             uuid PRIMARY KEY,
  district_code  text NOT NULL,
  case_id        uuid NOT NULL REFERENCES cases(id),
  person_id      uuid REFERENCES persons(id),
  enterprise_id  uuid REFERENCES enterprises(id),
  predicate      text NOT NULL,
  expected       boolean NOT NULL,
  answer         boolean NOT NULL,
  raised_at      timestamptz NOT NULL DEFAULT now(),
  resolved_at    timestamptz,
  resolved_by    uuid REFERENCES users(id),
  resolution     text,
  UNIQUE (case_id, predicate)
);
CREATE INDEX follow_up_flags_person ON follow_up_flags(person_id) WHERE resolved_at IS NULL;
CREATE INDEX follow_up_flags_open ON follow_up_flags(district_code, raised_at) WHERE resolved_at IS NULL;
