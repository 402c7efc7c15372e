-- 预约办理: a citizen or agent books a half-hour visit to the service centre for an item, instead of queueing.
-- One active booking per person and item; the slot's capacity is checked when booking.
CREATE TABLE appointments (
  id              uuid PRIMARY KEY,
  district_code   text NOT NULL,
  booking_no      text NOT NULL UNIQUE,
  item_code       text NOT NULL,
  item_name       text NOT NULL,
  user_id         uuid NOT NULL REFERENCES users(id),
  slot_start      timestamptz NOT NULL,
  state           text NOT NULL CHECK (state IN ('booked', 'cancelled')),
  idempotency_key text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  cancelled_at    timestamptz
);
CREATE UNIQUE INDEX appointments_one_open_per_item ON appointments(user_id, item_code) WHERE state = 'booked';
CREATE UNIQUE INDEX appointments_idempotency ON appointments(user_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX appointments_slot ON appointments(district_code, slot_start) WHERE state = 'booked';
