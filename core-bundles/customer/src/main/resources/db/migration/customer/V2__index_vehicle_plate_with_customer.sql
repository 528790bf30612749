-- The customer search by plate, c.id IN (SELECT v.customerId FROM Vehicle v WHERE v.plate = :value), runs in
-- Derby 10.14 as a hash exists join with AS_VEHICLE as the inner table. While the plate index lacked CUSTOMER_ID,
-- Derby built that hash table from a scan of all of AS_VEHICLE. With both columns it reads the matching index
-- entries only, as SearchIndexUsageTest in the workorder bundle checks.
CREATE INDEX AS_VEHICLE_PLATE_CUSTOMER_IX ON AS_VEHICLE (PLATE, CUSTOMER_ID);

-- The new index starts with PLATE, so it serves every lookup by plate that used the old one.
DROP INDEX AS_VEHICLE_PLATE_IX;
