-- The token of each work order's public progress page. Orders get their token when first read.
CREATE TABLE AS_WO_TRACKING (
    WORK_ORDER_ID BIGINT NOT NULL PRIMARY KEY,
    TOKEN VARCHAR(64) NOT NULL,
    CREATED_AT BIGINT NOT NULL,
    CONSTRAINT AS_WO_TRACKING_TOKEN_UQ UNIQUE (TOKEN)
);
