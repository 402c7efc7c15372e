-- Optimistic writes: an action reads a case without locking it, decides, and writes everything in one
-- statement whose first part updates the case row only if its row_version is still the one that was read.
-- When it is not, this function fails the whole statement (SQLSTATE 40001) and the action reads again.
CREATE FUNCTION yimen_require_current(current boolean) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF NOT current THEN
    RAISE EXCEPTION 'the row changed since it was read' USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN true;
END $$;

-- An action reads the open pause of its case with the case; without this index that read scans every pause.
CREATE INDEX case_pauses_open ON case_pauses(case_id) WHERE to_at IS NULL;
