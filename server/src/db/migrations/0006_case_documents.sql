-- Documents (文书) issued on a case: notices and results. The data is kept, not the PDF: rendering is
-- deterministic, so the same bytes come back on every download and the digest proves a presented copy.
CREATE TABLE document_sequences (
  district_code text NOT NULL,
  prefix        text NOT NULL,
  year          integer NOT NULL,
  last          integer NOT NULL,
  PRIMARY KEY (district_code, prefix, year)
);

CREATE TABLE case_documents (
  id                uuid PRIMARY KEY,
  case_id           uuid NOT NULL REFERENCES cases(id),
  kind              text NOT NULL,
  document_no       text NOT NULL,
  verification_code text NOT NULL UNIQUE,
  issuer            text NOT NULL,
  issued_at         timestamptz NOT NULL,
  data              jsonb NOT NULL,
  digest            text
);
CREATE INDEX case_documents_case ON case_documents(case_id);
