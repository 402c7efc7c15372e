-- City governance (一网统管): every reported problem (事件) classified, located, routed to the responsible unit
-- and followed to closure. Classes follow GB/T 47678.5 (majors, five-digit minors); components (部件) carry the
-- 17-digit standard identifier.

-- The event taxonomy as administrators edit it: each save is a new version, the newest one is in force.
CREATE TABLE event_taxonomies (
  id            serial PRIMARY KEY,
  district_code text NOT NULL,
  data          jsonb NOT NULL,
  created_by    uuid REFERENCES users(id),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_taxonomies_current ON event_taxonomies(district_code, id DESC);

-- A street's office takes every event no rule gives to someone else (兜底), so it must know its street.
ALTER TABLE departments ADD COLUMN street_code text;

-- City components (部件): manhole covers, lamps, hydrants, bins, trees … with owner and maintenance units.
-- id: district (6) + class (5, the component's minor class code) + serial (6).
CREATE TABLE components (
  id               text PRIMARY KEY CHECK (id ~ '^[0-9]{17}$'),
  district_code    text NOT NULL,
  class_code       text NOT NULL,
  status           text NOT NULL CHECK (status IN ('intact','damaged','lost','abandoned','removed')),
  owner_unit       text NOT NULL,
  maintenance_unit text NOT NULL,
  lng              double precision NOT NULL,
  lat              double precision NOT NULL,
  micro_grid_code  text NOT NULL,
  grid_code        text NOT NULL,
  address          text,
  synthetic        boolean NOT NULL DEFAULT false,
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX components_grid ON components(grid_code);
CREATE INDEX components_class ON components(district_code, class_code);

-- The responsibility list (责任清单): ordered rules over class × area × time → the responsible unit.
CREATE TABLE routing_rules (
  id            uuid PRIMARY KEY,
  district_code text NOT NULL,
  position      integer NOT NULL,
  class_pattern text NOT NULL,       -- a minor code (06013), a major code (06) or * for every class
  area_code     text,                -- a street, community or grid code; NULL for the whole district
  time_window   jsonb,               -- { days: [1..7], from: 'HH:MM', to: 'HH:MM' } in China time; NULL: always
  unit_id       text NOT NULL REFERENCES departments(id),
  user_id       uuid REFERENCES users(id),
  note          text NOT NULL DEFAULT '',
  active        boolean NOT NULL DEFAULT true,
  updated_by    uuid REFERENCES users(id),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX routing_rules_order ON routing_rules(district_code, position);

-- Events (事件). State: reported → dispatched → disposed → closed, with rework, send-back, parking (挂账),
-- refusal (不予立案), voiding (作废) and merging into an earlier report of the same problem.
CREATE TABLE gov_events (
  id               uuid PRIMARY KEY,
  district_code    text NOT NULL,
  event_no         text NOT NULL UNIQUE,
  channel          text NOT NULL CHECK (channel IN ('citizen','patrol','hotline','component','open311','import')),
  state            text NOT NULL CHECK (state IN ('reported','dispatched','disposed','closed','parked','rejected',
                                                  'voided','merged')),
  class_code       text NOT NULL,
  severity         text NOT NULL CHECK (severity IN ('general','urgent','critical')),
  description      text NOT NULL,
  address_text     text,
  lng              double precision NOT NULL,
  lat              double precision NOT NULL,
  street_code      text NOT NULL,
  community_code   text,
  grid_code        text NOT NULL,
  micro_grid_code  text,
  component_id     text REFERENCES components(id),
  reporter_user_id uuid REFERENCES users(id),
  reporter_name    text,
  reporter_phone_enc text,
  anonymous        boolean NOT NULL DEFAULT false,
  classification   jsonb NOT NULL DEFAULT '{}',  -- the suggestions and what the operator chose
  routing          jsonb NOT NULL DEFAULT '{}',  -- why it went where it went (rule or fallback)
  unit_id          text REFERENCES departments(id),
  assignee_user_id uuid REFERENCES users(id),
  grid_worker_id   uuid REFERENCES users(id),
  duplicate_of     uuid REFERENCES gov_events(id),
  supervised_at    timestamptz,                  -- 督办
  rework_count     integer NOT NULL DEFAULT 0,
  sendback_count   integer NOT NULL DEFAULT 0,
  reported_at      timestamptz NOT NULL,
  registered_at    timestamptz,                  -- 立案 (confirmed on site)
  dispatched_at    timestamptz,
  disposed_at      timestamptz,
  closed_at        timestamptz,
  accept_due_at    timestamptz,
  dispose_due_at   timestamptz,
  verify_due_at    timestamptz,
  due_soon_at      timestamptz,
  overdue_at       timestamptz,
  escalated_at     timestamptz,
  rating           smallint CHECK (rating BETWEEN 1 AND 5),
  rating_comment   text,
  open311_token    text UNIQUE,
  idempotency_key  text,
  row_version      integer NOT NULL DEFAULT 0,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (district_code, idempotency_key)
);
CREATE INDEX gov_events_state ON gov_events(district_code, state, reported_at DESC);
CREATE INDEX gov_events_unit ON gov_events(unit_id, state);
CREATE INDEX gov_events_grid ON gov_events(grid_code, state);
CREATE INDEX gov_events_near ON gov_events(district_code, class_code, reported_at DESC);
CREATE INDEX gov_events_reporter ON gov_events(reporter_user_id);

CREATE TABLE gov_event_sequences (
  district_code text NOT NULL,
  day           date NOT NULL,
  last          integer NOT NULL,
  PRIMARY KEY (district_code, day)
);

-- Work on an event: the grid worker's on-site confirmation (核实) and check (核查), the unit's disposal (处置).
CREATE TABLE gov_event_tasks (
  id          uuid PRIMARY KEY,
  event_id    uuid NOT NULL REFERENCES gov_events(id),
  kind        text NOT NULL CHECK (kind IN ('confirm','dispose','check')),
  unit_id     text REFERENCES departments(id),
  user_id     uuid REFERENCES users(id),
  state       text NOT NULL CHECK (state IN ('open','done','returned','cancelled')),
  due_at      timestamptz,
  created_at  timestamptz NOT NULL,
  done_at     timestamptz,
  done_by     uuid REFERENCES users(id),
  outcome     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX gov_event_tasks_event ON gov_event_tasks(event_id);
CREATE INDEX gov_event_tasks_open_unit ON gov_event_tasks(unit_id) WHERE state = 'open';
CREATE INDEX gov_event_tasks_open_user ON gov_event_tasks(user_id) WHERE state = 'open';

-- The event's timeline: every step, timed and attributed. Append-only.
CREATE TABLE gov_event_log (
  id          bigserial PRIMARY KEY,
  event_id    uuid NOT NULL REFERENCES gov_events(id),
  at          timestamptz NOT NULL,
  actor_id    uuid,
  actor_name  text NOT NULL,
  action      text NOT NULL,
  from_state  text,
  to_state    text,
  details     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX gov_event_log_event ON gov_event_log(event_id, id);
CREATE TRIGGER gov_event_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON gov_event_log
  FOR EACH STATEMENT EXECUTE FUNCTION yimen_append_only();

-- Photos of the report, of the disposal and of the check.
CREATE TABLE gov_event_photos (
  id          uuid PRIMARY KEY,
  event_id    uuid NOT NULL REFERENCES gov_events(id),
  stage       text NOT NULL CHECK (stage IN ('report','disposal','check')),
  mime        text NOT NULL,
  size        integer NOT NULL,
  data        bytea NOT NULL,
  uploaded_by uuid REFERENCES users(id),
  uploaded_at timestamptz NOT NULL
);
CREATE INDEX gov_event_photos_event ON gov_event_photos(event_id);

-- Who follows an event: its reporters, and the reporters of every report merged into it.
CREATE TABLE gov_event_followers (
  event_id   uuid NOT NULL REFERENCES gov_events(id),
  user_id    uuid REFERENCES users(id),
  phone_enc  text,
  via_event  uuid NOT NULL REFERENCES gov_events(id),
  PRIMARY KEY (event_id, via_event)
);

-- Open311 GeoReport v2 clients: the key is shown once; only its hash is kept.
CREATE TABLE open311_clients (
  id            uuid PRIMARY KEY,
  district_code text NOT NULL,
  name          text NOT NULL,
  key_hash      text NOT NULL UNIQUE,
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now()
);
