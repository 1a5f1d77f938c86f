-- Search keys of the customer search (DESIGN §3), filled by the application (CustomerRepository, SearchKeys).
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.

-- One row per distinct word of a customer's name (NAME: family and given names, or the company name) and of the
-- mother's name (MOTHER), normalised by NameKeys ("Szabó Győző" → szabo, gyozo). The token holds the word's UTF-8
-- bytes: a prefix search is then the byte range [prefix, prefix with its last byte incremented), which a btree
-- index serves on both databases. A VARCHAR range or LIKE 'szab%' would depend on the database collation instead:
-- under hu_HU "cs" and "sz" sort as letters of their own, so 'csaba' is not below 'ct' there.
CREATE TABLE customer_name_token (
    customer_id BIGINT     NOT NULL REFERENCES customer (id),
    field       VARCHAR(6) NOT NULL,
    token       BYTEA      NOT NULL,
    PRIMARY KEY (customer_id, field, token),
    CONSTRAINT ck_customer_name_token_field CHECK (field IN ('NAME', 'MOTHER'))
);
CREATE INDEX ix_customer_name_token_prefix ON customer_name_token (field, token, customer_id);

-- City and street normalised like names, for accent-insensitive prefix filters. They only narrow a search that an
-- identifying criterion already drives, so they need no index.
ALTER TABLE customer ADD COLUMN city_key VARCHAR(100);
ALTER TABLE customer ADD COLUMN street_key VARCHAR(200);

-- A motor contract's licence plate in upper case without spaces and hyphens ("AA BB-123" → AABB123); the plain
-- column keeps the plate as written, or the risk location of other products.
ALTER TABLE contract ADD COLUMN licence_plate_key VARCHAR(20);
CREATE INDEX ix_contract_licence_plate_key ON contract (licence_plate_key);
DROP INDEX ix_contract_licence_plate;
