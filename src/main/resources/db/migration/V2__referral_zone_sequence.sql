-- Referral zones are inserted by the hundred when a catalogue version is stored; identity columns make
-- Hibernate insert them one round trip at a time, a pooled sequence lets it batch them.
alter table referral_zone alter column id drop identity;
create sequence referral_zone_seq increment by 50;
