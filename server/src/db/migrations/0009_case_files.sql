-- Files of a case's materials (材料附件): uploaded online by the applicant or scanned at the window. The bytes are
-- kept in the database beside the case, checked by their content (PDF, PNG, JPEG) and fingerprinted by SHA-256.
-- A file is never deleted: a replaced or wrong one is marked removed and stays for the record.
CREATE TABLE case_files (
  id            uuid PRIMARY KEY,
  case_id       uuid NOT NULL REFERENCES cases(id),
  material_id   text NOT NULL,
  file_name     text NOT NULL,
  content_type  text NOT NULL CHECK (content_type IN ('application/pdf','image/png','image/jpeg')),
  size_bytes    integer NOT NULL CHECK (size_bytes > 0),
  sha256        text NOT NULL,
  content       bytea NOT NULL,
  uploaded_by   uuid NOT NULL REFERENCES users(id),
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  removed_at    timestamptz
);
CREATE INDEX case_files_case ON case_files(case_id);
