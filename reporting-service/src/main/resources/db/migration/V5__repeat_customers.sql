-- Complaints per customer and month, kept by the projection, so that the monthly analysis finds repeat
-- customers by a range scan of the few that complained more than once, not by grouping every complaint of
-- the month (88-99 ms at 130 000 complaints a month, see docs/benchmarks.md). branch '*' counts all branches.
create table complaint_customer_monthly (
    month        date   not null,
    branch       text   not null,
    customer_key text   not null,
    complaints   bigint not null,
    primary key (month, branch, customer_key)
);
create index complaint_customer_monthly_repeat on complaint_customer_monthly (month, branch, complaints desc, customer_key)
    where complaints > 1;

insert into complaint_customer_monthly (month, branch, customer_key, complaints)
select month, branch, customer_key, count(*) from complaint_fact where customer_key is not null group by 1, 2, 3
union all
select month, '*', customer_key, count(*) from complaint_fact where customer_key is not null group by 1, 3;
