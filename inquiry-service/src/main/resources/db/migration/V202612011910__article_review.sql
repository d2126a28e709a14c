-- 002 line 32: the knowledge base is kept by the service desk's managers (客服部管理人员): what an agent writes or
-- promotes is PROPOSED until a supervisor or manager publishes it. Articles so far were written freely: published.
alter table article add column status text not null default 'PUBLISHED';
alter table article add column published_by text;
alter table article add column published_at timestamptz;
create index article_proposed on article (updated_at desc) where status = 'PROPOSED';
