-- 003: when the head clerk took a major complaint (the 30-minute hand-off); taking it twice is refused
alter table complaint add column major_received_at timestamptz;
