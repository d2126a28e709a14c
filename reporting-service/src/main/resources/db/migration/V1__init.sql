-- Complaints registered, per branch and day (Asia/Shanghai): the first read model, fed by
-- complaint.registered and rebuilt by replaying the topic.
create table complaint_registrations (
    branch     text   not null,
    day        date   not null,
    registered bigint not null,
    primary key (branch, day)
);
