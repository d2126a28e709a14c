-- 001 (处理有效期, 收寄之时限1年): a claim is raised within a year of pickup. The pickup date of every waybill,
-- learnt from the branches' PICKED_UP scans, checks a claim whose form does not state it. The earliest scan
-- wins; rows past the period are pruned (WaybillPickups).
create table waybill_pickup (
    waybill_no   text primary key,
    picked_up_on date not null
);
create index waybill_pickup_day on waybill_pickup (picked_up_on);
