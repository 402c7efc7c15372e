-- 好差评: one rating per case, five levels; a bad rating opens a rectification with a 15-working-day limit
-- and a return visit to the applicant.
CREATE TABLE case_ratings (
  case_id     uuid PRIMARY KEY REFERENCES cases(id),
  level       integer NOT NULL CHECK (level BETWEEN 1 AND 5),
  indicators  text[] NOT NULL DEFAULT '{}',
  comment     text,
  source      text NOT NULL CHECK (source IN ('portal','window_pad')),
  rated_by    uuid REFERENCES users(id),
  rated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE rectifications (
  id              uuid PRIMARY KEY,
  district_code   text NOT NULL,
  case_id         uuid NOT NULL UNIQUE REFERENCES cases(id),
  department_id   text NOT NULL REFERENCES departments(id),
  due_at          timestamptz NOT NULL,
  state           text NOT NULL CHECK (state IN ('open','closed')),
  measures        text,
  return_visit    jsonb,
  closed_at       timestamptz,
  closed_by       uuid REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rectifications_open ON rectifications(district_code, state, due_at);
