-- A milestone reaches each person once per channel: the workflows name every message they send for a record's
-- milestone (record, milestone, channel, recipient), and a second message of the same name is dropped — so two code
-- paths, a person who follows one event through two reports, or a retried action never tell anyone twice.
ALTER TABLE message_outbox ADD COLUMN dedupe_key text;
CREATE UNIQUE INDEX message_outbox_dedupe ON message_outbox(dedupe_key) WHERE dedupe_key IS NOT NULL;
