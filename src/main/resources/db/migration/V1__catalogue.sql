-- The referral-pattern catalogue as loaded from the curated content files. The files are the source of truth;
-- these tables hold the loaded version so that SQL reporting and later features can join against it.

create table catalogue_release (
    version              varchar(64) primary key,
    loaded_at            timestamptz not null,
    muscle_count         integer     not null,
    trigger_point_count  integer     not null,
    current              boolean     not null
);
create unique index catalogue_release_one_current on catalogue_release (current) where current;

create table source (
    id        varchar(80) primary key,
    citation  text        not null
);

create table activity (
    id        varchar(80)  primary key,
    name      varchar(200) not null,
    synonyms  jsonb        not null
);

create table body_region (
    id         varchar(80)  primary key,
    parent_id  varchar(80)  references body_region (id),
    name       varchar(200) not null,
    view       varchar(16)  not null check (view in ('front', 'back', 'side')),
    is_lateral boolean      not null,
    synonyms   jsonb        not null,
    snomed     varchar(18),
    note       text,
    position   integer      not null
);

create table muscle (
    id         varchar(80)  primary key,
    name       varchar(200) not null,
    body_area  varchar(40)  not null,
    summary    text         not null,
    synonyms   jsonb        not null,
    position   integer      not null
);

create table trigger_point (
    id                    varchar(80)  primary key,
    muscle_id             varchar(80)  not null references muscle (id),
    name                  varchar(200) not null,
    location              text         not null,
    symptoms              jsonb        not null,
    aggravated_by         jsonb        not null,
    perpetuating_factors  jsonb        not null,
    source_id             varchar(80)  not null references source (id),
    source_locator        text,
    confidence            varchar(16)  not null check (confidence in ('established', 'moderate', 'limited')),
    evidence_note         text         not null,
    position              integer      not null
);
create index trigger_point_muscle on trigger_point (muscle_id);

create table referral_zone (
    id                bigint generated always as identity primary key,
    trigger_point_id  varchar(80) not null references trigger_point (id),
    region_id         varchar(80) not null references body_region (id),
    zone              varchar(16) not null check (zone in ('essential', 'spillover')),
    side              varchar(16) not null check (side in ('same', 'both', 'opposite'))
);
create index referral_zone_region on referral_zone (region_id);
create index referral_zone_trigger_point on referral_zone (trigger_point_id);

create table complaint (
    id           varchar(80)  primary key,
    name         varchar(200) not null,
    description  text         not null,
    synonyms     jsonb        not null,
    region_ids   jsonb        not null
);

create table protocol (
    id             varchar(80)  primary key,
    title          varchar(300) not null,
    audience       varchar(16)  not null check (audience in ('patient', 'clinician')),
    muscle_ids     jsonb        not null,
    complaint_ids  jsonb        not null,
    document       jsonb        not null
);
