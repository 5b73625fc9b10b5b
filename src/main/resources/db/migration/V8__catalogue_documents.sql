-- Each published catalogue version's whole document, gzip-compressed JSON exactly as it was served, so an
-- app holding an older version can be sent only what changed since (GET /api/v1/catalogue/changes). Kept
-- for every version: about 130 KB each, and a release is rare.
create table catalogue_document (
    version   varchar(64) primary key references catalogue_release (version),
    document  bytea       not null
);
