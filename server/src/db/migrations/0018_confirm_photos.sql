-- 核实 on site takes photos too: the grid worker's pictures of what they found when confirming (or rejecting) a
-- report, beside the report's, the disposal's and the check's.
ALTER TABLE gov_event_photos DROP CONSTRAINT gov_event_photos_stage_check;
ALTER TABLE gov_event_photos ADD CONSTRAINT gov_event_photos_stage_check
  CHECK (stage IN ('report', 'confirm', 'disposal', 'check'));
