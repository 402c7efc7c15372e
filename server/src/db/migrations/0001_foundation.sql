-- Yimen foundation schema: organisation, geography, identity, audit, personal data.
-- Every row carries district_code (tenancy by district, see docs/ARCHITECTURE.md).

CREATE TABLE departments (
  id            text PRIMARY KEY,               -- short stable code, e.g. 'psb'
  district_code text NOT NULL,
  name_zh       text NOT NULL,
  name_en       text NOT NULL,
  kind          text NOT NULL DEFAULT 'department', -- department | centre | street_office
  sort_order    integer NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- Administrative and derived areas in one tree. Codes are prefixes of their children's codes:
-- district 6 digits, street 9, community 12, grid 15 (6+3+3+3), micro-grid 17 (grid + 2).
CREATE TABLE geo_areas (
  code          text PRIMARY KEY,
  level         text NOT NULL CHECK (level IN ('district','street','community','grid','micro_grid')),
  name          text NOT NULL,
  parent_code   text REFERENCES geo_areas(code),
  district_code text NOT NULL,
  derived       boolean NOT NULL,               -- true when the geometry was computed, not surveyed
  source        text NOT NULL,                  -- where the name/geometry came from
  geometry      jsonb NOT NULL,                 -- GeoJSON Polygon | MultiPolygon, WGS84 lng/lat
  center_lng    double precision NOT NULL,
  center_lat    double precision NOT NULL,
  area_km2      double precision NOT NULL
);
CREATE INDEX geo_areas_parent ON geo_areas(parent_code);
CREATE INDEX geo_areas_level ON geo_areas(district_code, level);

CREATE TABLE users (
  id                uuid PRIMARY KEY,
  district_code     text NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('staff','citizen','integration')),
  username          text UNIQUE,                -- staff and integrations
  phone             text UNIQUE,                -- citizens and enterprise agents (E.164-less 11 digits)
  display_name      text NOT NULL,
  password_hash     text,
  roles             text[] NOT NULL,
  department_id     text REFERENCES departments(id),
  jurisdiction_code text REFERENCES geo_areas(code),
  active            boolean NOT NULL DEFAULT true,
  locale            text NOT NULL DEFAULT 'zh-CN',
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (kind <> 'staff' OR (username IS NOT NULL AND department_id IS NOT NULL AND jurisdiction_code IS NOT NULL)),
  CHECK (kind <> 'citizen' OR phone IS NOT NULL)
);

CREATE TABLE sessions (
  id           text PRIMARY KEY,                -- sha256 of the cookie token; the token itself is never stored
  user_id      uuid NOT NULL REFERENCES users(id),
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  client_ip    text
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users(id),
  name         text NOT NULL,
  token_hash   text NOT NULL UNIQUE,
  prefix       text NOT NULL,                   -- first characters, to recognise a token in lists
  created_by   uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz,
  revoked_at   timestamptz,
  last_used_at timestamptz
);

CREATE TABLE otp_codes (
  id          uuid PRIMARY KEY,
  phone       text NOT NULL,
  code_hash   text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  attempts    integer NOT NULL DEFAULT 0,
  consumed_at timestamptz
);
CREATE INDEX otp_codes_phone ON otp_codes(phone, created_at DESC);

-- Messages that a real deployment hands to an SMS gateway; the demo shows them on screen.
CREATE TABLE message_outbox (
  id          bigserial PRIMARY KEY,
  district_code text NOT NULL,
  channel     text NOT NULL,                    -- sms | email | app
  recipient   text NOT NULL,
  kind        text NOT NULL,
  body        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  sent_at     timestamptz
);
CREATE INDEX message_outbox_recipient ON message_outbox(recipient, id DESC);

-- MLPS 2.0 level 3: who, what, when, from where, outcome. Append-only (see trigger below).
CREATE TABLE audit_log (
  id             bigserial PRIMARY KEY,
  at             timestamptz NOT NULL DEFAULT now(),
  district_code  text NOT NULL,
  actor_id       uuid,
  actor_name     text,
  actor_roles    text[] NOT NULL DEFAULT '{}',
  action         text NOT NULL,                 -- e.g. staff.create, auth.login
  target_type    text,
  target_id      text,
  outcome        text NOT NULL CHECK (outcome IN ('success','denied','failure')),
  client_ip      text,
  correlation_id text,
  details        jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log(district_code, at DESC);
CREATE INDEX audit_log_actor ON audit_log(actor_id, at DESC);
CREATE INDEX audit_log_target ON audit_log(target_type, target_id);

-- Every read of a person's record: the base of the citizen data tracker.
CREATE TABLE person_access_log (
  id             bigserial PRIMARY KEY,
  at             timestamptz NOT NULL DEFAULT now(),
  district_code  text NOT NULL,
  person_id      uuid NOT NULL,
  actor_id       uuid,
  actor_name     text NOT NULL,
  actor_department text,
  purpose        text NOT NULL,
  case_ref       text,
  fields         text[] NOT NULL DEFAULT '{}',  -- which parts were shown, e.g. {id_number_full}
  correlation_id text
);
CREATE INDEX person_access_log_person ON person_access_log(person_id, at DESC);

CREATE FUNCTION yimen_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
-- Statement-level, so even a DELETE or UPDATE that matches no row is refused.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION yimen_append_only();
CREATE TRIGGER person_access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON person_access_log
  FOR EACH STATEMENT EXECUTE FUNCTION yimen_append_only();

CREATE TABLE addresses (
  id              uuid PRIMARY KEY,
  district_code   text NOT NULL,
  street_code     text NOT NULL,
  community_code  text NOT NULL,
  grid_code       text NOT NULL,
  micro_grid_code text NOT NULL,
  road            text NOT NULL,
  house_number    text NOT NULL,
  full_text       text NOT NULL,
  lng             double precision NOT NULL,
  lat             double precision NOT NULL,
  synthetic       boolean NOT NULL DEFAULT false
);
CREATE INDEX addresses_grid ON addresses(grid_code);
CREATE INDEX addresses_text ON addresses(district_code, full_text);

CREATE TABLE houses (
  id              uuid PRIMARY KEY,
  district_code   text NOT NULL,
  address_id      uuid NOT NULL REFERENCES addresses(id),
  unit            text NOT NULL,                -- e.g. 3座1502
  usage           text NOT NULL,                -- residential | commercial | industrial | mixed
  floor_area_m2   double precision NOT NULL,
  grid_code       text NOT NULL,
  synthetic       boolean NOT NULL DEFAULT false
);
CREATE INDEX houses_address ON houses(address_id);

CREATE TABLE persons (
  id               uuid PRIMARY KEY,
  district_code    text NOT NULL,
  id_number_enc    text NOT NULL,               -- AES-256-GCM, base64(iv|tag|ciphertext), key version prefix
  id_number_index  text NOT NULL,               -- HMAC-SHA256 blind index for exact lookup
  id_number_masked text NOT NULL,               -- e.g. 4406**********1234, safe to display
  name             text NOT NULL,
  gender           text NOT NULL CHECK (gender IN ('M','F')),
  birth_date       date NOT NULL,
  phone_masked     text,
  phone_enc        text,
  address_id       uuid REFERENCES addresses(id),
  grid_code        text,
  synthetic        boolean NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (district_code, id_number_index)
);
CREATE INDEX persons_grid ON persons(grid_code);
CREATE INDEX persons_name ON persons(district_code, name text_pattern_ops); -- name-prefix search under any collation

CREATE TABLE enterprises (
  id              uuid PRIMARY KEY,
  district_code   text NOT NULL,
  credit_code     text NOT NULL,                -- 统一社会信用代码, public by law
  name            text NOT NULL,
  kind            text NOT NULL,                -- e.g. 有限责任公司, 个体工商户
  legal_rep_person_id uuid REFERENCES persons(id),
  industry        text NOT NULL,
  registered_on   date NOT NULL,
  status          text NOT NULL DEFAULT 'active',
  address_id      uuid REFERENCES addresses(id),
  grid_code       text,
  synthetic       boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (district_code, credit_code)
);
CREATE INDEX enterprises_name ON enterprises(district_code, name);
