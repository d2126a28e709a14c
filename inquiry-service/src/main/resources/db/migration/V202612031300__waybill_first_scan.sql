-- ShipmentIngest folds each batch's new scans into the waybill row instead of aggregating all of a waybill's
-- scans again. Before its pickup, a waybill's branch is its earliest scan's: that scan's time is kept so that
-- a later batch can tell whether it brings an earlier one.
alter table waybill add column first_scan_at timestamptz;
update waybill w set first_scan_at = s.first_at
from (select waybill_no, min(scan_time) as first_at from scan_event group by waybill_no) s
where s.waybill_no = w.waybill_no;
alter table waybill alter column first_scan_at set not null;
