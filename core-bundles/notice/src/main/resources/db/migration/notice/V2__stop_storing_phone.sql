-- The outbox no longer stores the customer's phone number: the dispatcher reads it from the customer, where it is
-- encrypted, just before sending. The column stays because migrations never drop columns, and is emptied.
ALTER TABLE AS_NOTICE ALTER COLUMN PHONE DROP NOT NULL;
UPDATE AS_NOTICE SET PHONE = NULL WHERE PHONE IS NOT NULL;
