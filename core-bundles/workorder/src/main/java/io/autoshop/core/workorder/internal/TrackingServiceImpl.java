package io.autoshop.core.workorder.internal;

import io.autoshop.api.workorder.TrackingService;
import io.autoshop.api.workorder.TrackingView;
import io.autoshop.api.workorder.WorkOrderStatus;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Looks up the public progress view of a work order by its token.
 */
@Component(service = TrackingService.class, configurationPid = TrackingServiceImpl.PID)
@Designate(ocd = TrackingServiceImpl.Config.class)
public final class TrackingServiceImpl implements TrackingService {

    static final String PID = "io.autoshop.tracking";

    /** Steps of the normal workflow, shown in this order. */
    private static final List<WorkOrderStatus> STEPS = List.of(WorkOrderStatus.RECEIVED, WorkOrderStatus.OPEN,
            WorkOrderStatus.IN_REPAIR, WorkOrderStatus.INSPECTION, WorkOrderStatus.SETTLED);

    @ObjectClassDefinition(name = "AutoShop progress page", description = "The customer's public progress link")
    public @interface Config {

        @AttributeDefinition(name = "Expiry after settlement (days)", min = "0",
                description = "Days after settlement or cancellation until the link stops working")
        int expiryDays() default 30;
    }

    private final Transactions transactions;
    private final ShopClock clock;
    private volatile Duration expiry;

    @Activate
    public TrackingServiceImpl(
            @Reference(target = "(autoshop.persistence.owners=" + TrackingEntities.OWNER + ")")
            Transactions transactions, @Reference ShopClock clock, Config config) {
        this.transactions = transactions;
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        expiry = Duration.ofDays(Math.max(0, config.expiryDays()));
    }

    @Override
    public Optional<TrackingView> find(String token) {
        if (token == null || token.isEmpty() || token.length() > TrackingTokens.MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return transactions.required(em -> em
                .createQuery("SELECT t FROM TrackingToken t WHERE t.token = :token", TrackingTokenEntity.class)
                .setParameter("token", token).getResultList().stream().findFirst()
                .flatMap(row -> Optional.ofNullable(em.find(WorkOrderEntity.class, row.workOrderId)))
                .flatMap(order -> view(em, order)));
    }

    private Optional<TrackingView> view(EntityManager em, WorkOrderEntity order) {
        WorkOrderStatus status = WorkOrderStatus.valueOf(order.status);
        OffsetDateTime expiresAt = null;
        if (status.isFinal()) {
            expiresAt = clock.toShopTime(order.statusSince + expiry.toMillis());
            if (!clock.now().isBefore(expiresAt.toInstant())) {
                return Optional.empty();
            }
        }
        Map<WorkOrderStatus, Long> reached = new EnumMap<>(WorkOrderStatus.class);
        em.createQuery("SELECT h FROM History h WHERE h.workOrderId = :id AND h.event IN ('CREATED', "
                + "'STATUS_CHANGED') ORDER BY h.id", HistoryEntity.class).setParameter("id", order.id)
                .getResultList().forEach(h -> {
                    WorkOrderStatus to = WorkOrderStatus.valueOf(h.toStatus);
                    reached.put(to, h.at);
                    // Going back to repair after a failed inspection undoes the later steps until they recur.
                    reached.keySet().removeIf(later -> later != WorkOrderStatus.CANCELLED
                            && later.ordinal() > to.ordinal());
                });
        List<TrackingView.Step> steps = new ArrayList<>();
        for (WorkOrderStatus step : STEPS) {
            if (status == WorkOrderStatus.CANCELLED && !reached.containsKey(step)) {
                continue;
            }
            steps.add(new TrackingView.Step(step, step.label(), clock.toShopTime(reached.get(step))));
        }
        if (status == WorkOrderStatus.CANCELLED) {
            steps.add(new TrackingView.Step(status, status.label(), clock.toShopTime(reached.get(status))));
        }
        return Optional.of(new TrackingView(TrackingTokens.maskPlate(order.plate), status, status.label(), steps,
                clock.toShopTime(order.promisedAt), status == WorkOrderStatus.SETTLED ? order.total : null,
                expiresAt));
    }
}
