package io.autoshop.plugin.wechat.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the WeChat channel, PID {@value WeChatChannel#PID}.
 */
@ObjectClassDefinition(name = "AutoShop WeChat notices", description = "WeChat Official Account and templates")
public @interface WeChatConfig {

    @AttributeDefinition(name = "API base URL")
    String apiBase() default "https://api.weixin.qq.com";

    @AttributeDefinition(name = "AppID")
    String appId() default "";

    @AttributeDefinition(name = "AppSecret", type = AttributeType.PASSWORD)
    String appSecret() default "";

    @AttributeDefinition(name = "Template ids", description = "Template message id per event as EVENT=ID; the "
            + "template fields are first (message), keyword1 (order number), keyword2 (plate), keyword3 (status), "
            + "keyword4 (amount) and remark")
    String[] templateIds() default {};

    @AttributeDefinition(name = "Default template id",
            description = "Template for events without their own id; empty to send nothing for them")
    String defaultTemplateId() default "";

    @AttributeDefinition(name = "Time-out (seconds)", min = "1")
    int timeoutSeconds() default 10;
}
