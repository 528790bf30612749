package io.autoshop.api.event;

/**
 * Keys of the properties carried by AutoShop events. Ids are {@link Long}, statuses are the enum
 * constant's name, times are ISO-8601 strings with offset, quantities are {@link java.math.BigDecimal}.
 */
public final class EventProperties {

    public static final String WORK_ORDER_ID = "workOrderId";
    public static final String WORK_ORDER_NUMBER = "workOrderNumber";
    public static final String CUSTOMER_ID = "customerId";
    public static final String VEHICLE_ID = "vehicleId";
    public static final String PLATE = "plate";
    public static final String STATUS = "status";
    public static final String PREVIOUS_STATUS = "previousStatus";
    public static final String REWORK = "rework";
    public static final String TOTAL = "total";
    public static final String PART_ID = "partId";
    public static final String MOVEMENT_TYPE = "movementType";
    public static final String QUANTITY = "quantity";
    public static final String ON_HAND = "onHand";
    public static final String PART_CODE = "partCode";
    public static final String SAFETY_STOCK = "safetyStock";
    public static final String TIMESTAMP = "at";

    private EventProperties() {
    }
}
