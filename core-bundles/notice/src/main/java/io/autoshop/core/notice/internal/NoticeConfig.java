package io.autoshop.core.notice.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Shop configuration of customer notices, PID {@value NoticeOutboxImpl#PID}. Template attributes map to the
 * properties {@code template.RECEIVED} and so on; placeholders are {@code {plate}}, {@code {status}},
 * {@code {link}}, {@code {amount}} and {@code {number}}.
 */
@ObjectClassDefinition(name = "AutoShop notices", description = "Which events notify customers, and how")
public @interface NoticeConfig {

    @AttributeDefinition(name = "Events", description = "Statuses whose entry notifies the customer: RECEIVED, "
            + "OPEN, IN_REPAIR, INSPECTION (repair done, ready for pick-up after inspection), SETTLED, CANCELLED")
    String[] events() default {"RECEIVED", "INSPECTION", "SETTLED"};

    @AttributeDefinition(name = "Public base URL",
            description = "Scheme, host and port under which customers reach the shop's /track pages")
    String publicBaseUrl() default "http://127.0.0.1:8181";

    @AttributeDefinition(name = "Template RECEIVED")
    String template_RECEIVED() default "您的爱车{plate}已到店接车，工单号{number}。维修进度请查看：{link}";

    @AttributeDefinition(name = "Template OPEN")
    String template_OPEN() default "您的爱车{plate}已开单，当前状态：{status}。进度：{link}";

    @AttributeDefinition(name = "Template IN_REPAIR")
    String template_IN_REPAIR() default "您的爱车{plate}正在维修，当前状态：{status}。进度：{link}";

    @AttributeDefinition(name = "Template INSPECTION")
    String template_INSPECTION() default "您的爱车{plate}已维修完毕，正在质检，质检通过即可取车。进度：{link}";

    @AttributeDefinition(name = "Template SETTLED")
    String template_SETTLED() default "您的爱车{plate}已结算，金额{amount}元，感谢惠顾。工单详情：{link}";

    @AttributeDefinition(name = "Template CANCELLED")
    String template_CANCELLED() default "您的爱车{plate}的工单{number}已取消。";

    @AttributeDefinition(name = "Poll interval (seconds)", min = "1",
            description = "How often the dispatcher looks for due notices besides right after each commit")
    int pollSeconds() default 10;

    @AttributeDefinition(name = "First retry delay (seconds)", min = "1")
    int retryInitialSeconds() default 30;

    @AttributeDefinition(name = "Maximum retry delay (seconds)", min = "1")
    int retryMaxSeconds() default 3600;

    @AttributeDefinition(name = "Maximum attempts", min = "1",
            description = "Attempts after which a notice is marked FAILED")
    int maxAttempts() default 20;
}
