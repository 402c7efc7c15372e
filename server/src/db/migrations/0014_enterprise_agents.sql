-- 法人授权经办人: an enterprise's legal representative authorizes agents by phone number, for all items or a list
-- of item codes, until a date, revocably. An agent acts for an enterprise only under an active authorization.
-- district_code leads the primary key and every unique constraint, so the table distributes by district.
CREATE TABLE enterprise_agent_authorizations (
  district_code   text NOT NULL,
  id              uuid NOT NULL,
  enterprise_id   uuid NOT NULL,
  credit_code     text NOT NULL,                 -- 统一社会信用代码 (public), kept for lookups and the audit trail
  agent_phone     text NOT NULL,                 -- the agent's mobile number: they sign in with it
  all_items       boolean NOT NULL,
  item_codes      text[] NOT NULL DEFAULT '{}',  -- the items covered when all_items is false
  valid_until     timestamptz NOT NULL,
  granted_by      uuid NOT NULL,                 -- the legal representative's portal account
  attestation     text,                          -- the business register's signed yes (JWS); null only in the demo seed
  created_at      timestamptz NOT NULL DEFAULT now(),
  revoked_at      timestamptz,
  revoked_by      uuid,
  PRIMARY KEY (district_code, id),
  CHECK (all_items OR cardinality(item_codes) > 0),
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
-- Per request: "may this phone act for this enterprise now?"
CREATE INDEX enterprise_agent_authorizations_agent
  ON enterprise_agent_authorizations(district_code, agent_phone) WHERE revoked_at IS NULL;
CREATE INDEX enterprise_agent_authorizations_enterprise
  ON enterprise_agent_authorizations(district_code, enterprise_id, created_at);

-- The person a citizen's portal account is verified to be (实名): set when the citizen proves an ID number that the
-- population register holds for their phone. 我的办件 finds window cases through this person's blind index.
ALTER TABLE users ADD COLUMN person_id uuid REFERENCES persons(id);
