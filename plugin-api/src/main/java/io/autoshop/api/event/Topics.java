package io.autoshop.api.event;

/**
 * Event Admin topics posted by the core after the change has been committed. Topics follow
 * {@code io/autoshop/<entity>/<EVENT>}; subscribe to {@code io/autoshop/workorder/*} for all work-order events.
 */
public final class Topics {

    public static final String PREFIX = "io/autoshop/";

    /** A work order was created; properties: order, customer, vehicle, status. */
    public static final String WORKORDER_CREATED = PREFIX + "workorder/CREATED";

    /** A work order moved to another status; properties as for creation plus the previous status. */
    public static final String WORKORDER_STATUS_CHANGED = PREFIX + "workorder/STATUS_CHANGED";

    /** A customer was created. */
    public static final String CUSTOMER_CREATED = PREFIX + "customer/CREATED";

    /** A vehicle was registered. */
    public static final String VEHICLE_CREATED = PREFIX + "vehicle/CREATED";

    /** Stock of a part changed; properties: part, movement type, quantity, on-hand after the change. */
    public static final String STOCK_CHANGED = PREFIX + "stock/CHANGED";

    /**
     * A part's on-hand quantity fell below its safety stock; posted once per crossing, not on every change below
     * it. Properties: part, part code, on-hand after the change, safety stock.
     */
    public static final String STOCK_LOW = PREFIX + "stock/LOW";

    private Topics() {
    }
}
