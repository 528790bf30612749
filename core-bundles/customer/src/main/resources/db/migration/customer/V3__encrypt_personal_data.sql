-- Personal data is stored encrypted by the shop's field cipher as v<key version>:<base64>, and exact-match search
-- uses HMAC-SHA256 search keys in lower-case hex. PHONE and PHONE_LAST4 contain plain text only in rows written
-- before this migration, and the customer bundle encrypts those rows and clears both columns at start.
ALTER TABLE AS_CUSTOMER ADD COLUMN PHONE_ENC VARCHAR(200);
ALTER TABLE AS_CUSTOMER ADD COLUMN PHONE_KEY VARCHAR(64);
ALTER TABLE AS_CUSTOMER ADD COLUMN PHONE_LAST4_KEY VARCHAR(64);
ALTER TABLE AS_CUSTOMER ADD COLUMN ID_NUMBER_ENC VARCHAR(200);
ALTER TABLE AS_CUSTOMER ADD COLUMN ID_NUMBER_KEY VARCHAR(64);
-- 200 characters of at most 4 bytes each in UTF-8, plus nonce and tag, in base64.
ALTER TABLE AS_CUSTOMER ADD COLUMN ADDRESS_ENC VARCHAR(1200);

-- Derby 10.14 and PostgreSQL both accept DROP NOT NULL, which removes the constraint but not the column or its data.
ALTER TABLE AS_CUSTOMER ALTER COLUMN PHONE DROP NOT NULL;
ALTER TABLE AS_CUSTOMER ALTER COLUMN PHONE_LAST4 DROP NOT NULL;

-- A unique constraint allows several NULLs in Derby and PostgreSQL, so rows still waiting for encryption pass.
ALTER TABLE AS_CUSTOMER ADD CONSTRAINT AS_CUSTOMER_PHONE_KEY_UQ UNIQUE (PHONE_KEY);
CREATE INDEX AS_CUSTOMER_PHONE_LAST4_KEY_IX ON AS_CUSTOMER (PHONE_LAST4_KEY);
CREATE INDEX AS_CUSTOMER_ID_NUMBER_KEY_IX ON AS_CUSTOMER (ID_NUMBER_KEY);
