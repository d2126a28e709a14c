-- a switch the consumption tests turn on to make a refused event acceptable before they replay it
create table probe_switch (
    name text primary key
);
