-- Item catalogue (事项库) of the one-window service. Codes follow GB/T 39554.1-2020: 基本编码 names the item in
-- the national catalogue, 实施编码 names this district's implementation of it (unique per district).
--
-- `items` is the administrators' working copy: `draft` is the editable ItemDefinition, and the plain columns
-- (name, department, service objects …) mirror the draft so lists and filters need no JSON. What citizens and
-- cases see is a published version in `item_versions`, which never changes once written.

CREATE TABLE items (
  id              uuid PRIMARY KEY,
  district_code   text NOT NULL,
  code            text NOT NULL,                -- 实施编码
  basic_code      text NOT NULL,                -- 基本编码
  parent_code     text,
  level           text NOT NULL CHECK (level IN ('item','sub_item','handling')),
  handling_kind   text CHECK (handling_kind IN ('new','change','renew','cancel')),
  name            text NOT NULL,
  department_id   text NOT NULL REFERENCES departments(id),
  service_object  text[] NOT NULL,              -- 服务对象 codes: 1 自然人, 2 企业法人 …
  handling_type   text NOT NULL CHECK (handling_type IN ('instant','commitment')),
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published','retired')),
  draft           jsonb NOT NULL,
  current_version integer,                      -- null until first published
  usage_count     integer NOT NULL DEFAULT 0,   -- cases opened under any version
  synthetic       boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (district_code, code),
  CHECK (status <> 'published' OR current_version IS NOT NULL)
);
CREATE INDEX items_department ON items(district_code, department_id);
CREATE INDEX items_status ON items(district_code, status);
CREATE INDEX items_service_object ON items USING gin (service_object);
CREATE INDEX items_basic_code ON items(district_code, basic_code);

-- A case keeps the version it was opened under, so a published version is append-only (trigger below).
CREATE TABLE item_versions (
  item_id      uuid NOT NULL REFERENCES items(id),
  version      integer NOT NULL CHECK (version >= 1),
  definition   jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid REFERENCES users(id),       -- null for versions published by the seed
  PRIMARY KEY (item_id, version)
);
CREATE TRIGGER item_versions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON item_versions
  FOR EACH STATEMENT EXECUTE FUNCTION yimen_append_only();

-- current_version must name a stored version. Deferred, so an item and its first version can be written in
-- either order inside one transaction (the seed inserts both in bulk).
ALTER TABLE items ADD CONSTRAINT items_current_version_fk FOREIGN KEY (id, current_version)
  REFERENCES item_versions(item_id, version) DEFERRABLE INITIALLY DEFERRED;
