-- The working-day calendar: only exceptions to "Mon–Fri work, Sat–Sun rest" are stored, per district.
-- 'holiday' rests on a day that would be worked (or names a weekend day inside a holiday period);
-- 'workday' is a make-up working day (调休上班) on a Saturday or Sunday.
CREATE TABLE calendar_days (
  district_code text NOT NULL,
  day           date NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('holiday','workday')),
  name          text NOT NULL CHECK (name <> ''),
  source        text NOT NULL,                  -- the notice it comes from, e.g. 国办发明电〔2024〕12号, or 'manual'
  updated_by    uuid REFERENCES users(id),      -- null for built-in data
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_code, day)
);
