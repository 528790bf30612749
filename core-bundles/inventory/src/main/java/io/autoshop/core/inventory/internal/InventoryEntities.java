package io.autoshop.core.inventory.internal;

import io.autoshop.core.persistence.EntityContribution;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes the inventory tables and entities to the persistence unit.
 */
@Component(service = EntityContribution.class)
public final class InventoryEntities implements EntityContribution {

    static final String OWNER = "inventory";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(PartEntity.class, StockBatchEntity.class, StockMovementEntity.class, SupplierEntity.class,
                PurchaseOrderEntity.class, PurchaseOrderLineEntity.class, StockCountEntity.class,
                StockCountLineEntity.class);
    }
}
