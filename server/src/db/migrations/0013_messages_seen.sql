-- The portal's message list (我的消息): how far each user has read the app messages addressed to them, to their
-- roles or to their department. One number per user, so that a message to a whole role needs no row per reader.
ALTER TABLE users ADD COLUMN messages_seen_id bigint NOT NULL DEFAULT 0;
