-- One-window cases (办件): opened at any window or online, checked against the item's standard requirements,
-- then taken through the item's department stages under working-day time limits.

-- Case numbers are issued per district and day; the row lock of UPDATE … RETURNING makes them unique across
-- several server processes.
CREATE TABLE case_sequences (
  district_code text NOT NULL,
  day           date NOT NULL,
  last          integer NOT NULL,
  PRIMARY KEY (district_code, day)
);

CREATE TABLE cases (
  id                 uuid PRIMARY KEY,
  district_code      text NOT NULL,
  case_no            text NOT NULL UNIQUE,
  item_id            uuid NOT NULL REFERENCES items(id),
  item_code          text NOT NULL,
  item_version       integer NOT NULL,
  item_name          text NOT NULL,
  department_id      text NOT NULL REFERENCES departments(id),
  handling_type      text NOT NULL CHECK (handling_type IN ('instant','commitment')),
  channel            text NOT NULL CHECK (channel IN ('window','online')),
  state              text NOT NULL,
  applicant_kind     text NOT NULL CHECK (applicant_kind IN ('person','enterprise')),
  person_id          uuid REFERENCES persons(id),
  enterprise_id      uuid REFERENCES enterprises(id),
  agent_person_id    uuid REFERENCES persons(id),
  applicant_user_id  uuid REFERENCES users(id),
  applicant_name     text NOT NULL,
  grid_code          text,
  window_no          text,
  opened_by          uuid REFERENCES users(id),
  trust_first        boolean NOT NULL DEFAULT false,
  flagged            boolean NOT NULL DEFAULT false,
  accepted_at        timestamptz,
  promised_due_at    timestamptz,
  completed_at       timestamptz,
  closed_reason      text,
  delivery           jsonb,
  visits             integer NOT NULL DEFAULT 0,
  idempotency_key    text,
  row_version        integer NOT NULL DEFAULT 0,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK ((applicant_kind = 'person') = (person_id IS NOT NULL)),
  CHECK ((applicant_kind = 'enterprise') = (enterprise_id IS NOT NULL)),
  UNIQUE (district_code, idempotency_key)
);
CREATE INDEX cases_state ON cases(district_code, state);
CREATE INDEX cases_person ON cases(person_id);
CREATE INDEX cases_department ON cases(department_id, state);

-- The standard checklist of a case: one row per material, condition and verification of the item version.
CREATE TABLE case_materials (
  case_id      uuid NOT NULL REFERENCES cases(id),
  material_id  text NOT NULL,
  status       text NOT NULL CHECK (status IN ('pending','received','missing','defective','waived')),
  note         text,
  recorded_by  uuid REFERENCES users(id),
  recorded_at  timestamptz,
  PRIMARY KEY (case_id, material_id)
);

CREATE TABLE case_conditions (
  case_id      uuid NOT NULL REFERENCES cases(id),
  condition_id text NOT NULL,
  met          boolean,
  recorded_by  uuid REFERENCES users(id),
  recorded_at  timestamptz,
  PRIMARY KEY (case_id, condition_id)
);

-- Department nodes: every node of one stage must approve before the next stage starts.
CREATE TABLE case_nodes (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES cases(id),
  stage_index    integer NOT NULL,
  stage_name     text NOT NULL,
  node_id        text NOT NULL,
  node_name      text NOT NULL,
  department_id  text NOT NULL REFERENCES departments(id),
  limit_days     integer NOT NULL,
  state          text NOT NULL CHECK (state IN ('waiting','active','approved','rejected','returned','cancelled')),
  activated_at   timestamptz,
  due_at         timestamptz,
  decided_at     timestamptz,
  decided_by     uuid REFERENCES users(id),
  comment        text,
  checklist      jsonb NOT NULL DEFAULT '{}',   -- {entryId: {checked, by, at}}
  due_soon_at    timestamptz,                   -- set by the scheduler when little time is left
  overdue_at     timestamptz,
  escalated_at   timestamptz,
  UNIQUE (case_id, node_id)
);
CREATE INDEX case_nodes_queue ON case_nodes(department_id, state, due_at);

-- Times the clock stood still (补正 waiting for the applicant, suspension); deadlines move by them.
CREATE TABLE case_pauses (
  id        uuid PRIMARY KEY,
  case_id   uuid NOT NULL REFERENCES cases(id),
  reason    text NOT NULL CHECK (reason IN ('correction','suspension')),
  from_at   timestamptz NOT NULL,
  to_at     timestamptz
);

-- The case timeline: every transition, tick and decision, in order. Append-only.
CREATE TABLE case_events (
  id          bigserial PRIMARY KEY,
  case_id     uuid NOT NULL REFERENCES cases(id),
  at          timestamptz NOT NULL DEFAULT now(),
  actor_id    uuid,
  actor_name  text,
  action      text NOT NULL,
  from_state  text,
  to_state    text,
  node_id     text,
  details     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX case_events_case ON case_events(case_id, id);
CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON case_events
  FOR EACH STATEMENT EXECUTE FUNCTION yimen_append_only();
