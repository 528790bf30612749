package io.autoshop.api.dispatch;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A standard service item of the shop (标准工时项目), for example 更换机油机滤.
 *
 * @param id database id
 * @param name the name that labour lines created from the item take
 * @param standardHours standard labour hours of the job
 * @param rate price per hour in yuan
 * @param skills catalogue skills a technician needs for the job
 * @param createdAt creation time in shop time
 */
public record ServiceItem(long id, String name, BigDecimal standardHours, BigDecimal rate, List<String> skills,
        OffsetDateTime createdAt) {

    public ServiceItem {
        skills = List.copyOf(skills);
    }
}
