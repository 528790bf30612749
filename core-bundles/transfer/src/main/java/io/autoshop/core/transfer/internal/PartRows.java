package io.autoshop.core.transfer.internal;

import java.util.List;
import io.autoshop.api.inventory.InventoryService;
import io.autoshop.api.inventory.Part;
import io.autoshop.api.inventory.PartInput;
import io.autoshop.api.inventory.PartUpdate;
import io.autoshop.api.inventory.ReceiptInput;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports parts with their opening stock. The code identifies a part. The opening quantity is received once, as a
 * receipt into the batch {@code OPENING-<code>} at the given unit cost, and only into a part that has no stock
 * batch yet, so that importing a file again, or importing an export back into the same shop, adds no stock.
 */
final class PartRows implements RowImporter {

    static final String OPENING_BATCH_PREFIX = "OPENING-";
    static final String OPENING_SUPPLIER = "期初库存";

    private final InventoryService inventory;

    PartRows(InventoryService inventory) {
        this.inventory = inventory;
    }

    @Override
    public Outcome apply(RowReader row) {
        String code = Lookups.normalizeCode(row.requiredFolded("code"));
        String name = row.requiredText("name");
        String spec = row.text("spec");
        String unit = row.requiredText("unit");
        BigDecimal salePrice = row.amount("salePrice");
        if (salePrice == null) {
            throw new RowRejectedException(Messages.MISSING_VALUE, row.label("salePrice"));
        }
        BigDecimal safetyStock = row.decimal("safetyStock");
        String location = location(row.folded("location"));
        BigDecimal openingQuantity = row.decimal("openingQuantity");
        BigDecimal unitCost = row.amount("unitCost");
        boolean hasOpening = openingQuantity != null && openingQuantity.signum() > 0;
        if (hasOpening && unitCost == null) {
            throw new RowRejectedException(Messages.MISSING_VALUE, row.label("unitCost"));
        }

        Optional<Part> existing = Lookups.partByCode(inventory, code);
        Outcome outcome;
        Part part;
        if (existing.isEmpty()) {
            part = inventory.createPart(new PartInput(code, name, spec, unit, salePrice, safetyStock, location, null,
                    null));
            outcome = Outcome.CREATED;
        } else {
            part = existing.get();
            if (!part.unit().equals(unit)) {
                throw new RowRejectedException(Messages.DIFFERS_FROM_EXISTING, new RowReader.Label("配件", "part"),
                        code, "unit");
            }
            outcome = update(part, name, spec, salePrice, safetyStock, location);
        }
        if (hasOpening && inventory.listBatches(part.id()).isEmpty()) {
            inventory.receive(new ReceiptInput(part.id(), openingQuantity, unitCost, OPENING_BATCH_PREFIX + code,
                    OPENING_SUPPLIER));
            if (outcome == Outcome.UNCHANGED) {
                outcome = Outcome.UPDATED;
            }
        }
        return outcome;
    }

    private Outcome update(Part part, String name, String spec, BigDecimal salePrice, BigDecimal safetyStock,
            String location) {
        boolean same = part.name().equals(name) && Objects.equals(part.spec(), spec)
                && part.salePrice().compareTo(salePrice) == 0
                && (safetyStock == null || part.safetyStock().compareTo(safetyStock) == 0)
                && (location == null || location.equals(part.location()));
        if (same) {
            return Outcome.UNCHANGED;
        }
        inventory.updatePart(part.id(), new PartUpdate(name, spec == null ? "" : spec, salePrice, safetyStock,
                location, null, null), null);
        return Outcome.UPDATED;
    }

    /** Writes a location with {@code /} between warehouse, shelf and bin, as the inventory shows it. */
    private static String location(String text) {
        return text == null ? null : text.replace('-', '/').replace('\\', '/').replace(" ", "");
    }

    @Override
    public List<String> keys(RowReader row) {
        String code = row.folded("code");
        return code == null ? List.of() : List.of("code:" + Lookups.normalizeCode(code));
    }
}
