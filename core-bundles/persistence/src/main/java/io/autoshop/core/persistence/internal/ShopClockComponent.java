package io.autoshop.core.persistence.internal;

import io.autoshop.core.persistence.ShopClock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop clock, configured through {@code etc/io.autoshop.shop.cfg}.
 */
@Component(service = ShopClock.class, configurationPid = "io.autoshop.shop")
@Designate(ocd = ShopClockComponent.Config.class)
public final class ShopClockComponent implements ShopClock {

    private static final Logger LOG = LoggerFactory.getLogger(ShopClockComponent.class);
    private static final String DEFAULT_ZONE = "Asia/Shanghai";

    @ObjectClassDefinition(name = "AutoShop shop", description = "Settings of the shop as a whole.")
    public @interface Config {

        @AttributeDefinition(name = "Time zone",
                description = "IANA time zone of the shop; days, order numbers and reports follow it.")
        String timeZone() default DEFAULT_ZONE;
    }

    private final ZoneId zone;

    @Activate
    public ShopClockComponent(Config config) {
        this.zone = parseZone(config.timeZone());
    }

    private static ZoneId parseZone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            LOG.error("Time zone '{}' is invalid, using {}", name, DEFAULT_ZONE);
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
