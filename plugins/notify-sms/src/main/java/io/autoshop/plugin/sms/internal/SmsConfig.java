package io.autoshop.plugin.sms.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the SMS channel, PID {@value SmsChannel#PID}.
 */
@ObjectClassDefinition(name = "AutoShop SMS notices", description = "Alibaba Cloud SMS account and templates")
public @interface SmsConfig {

    @AttributeDefinition(name = "Endpoint", description = "Base URL of the Dysmsapi service")
    String endpoint() default "https://dysmsapi.aliyuncs.com/";

    @AttributeDefinition(name = "Region", description = "RegionId sent with each request")
    String regionId() default "cn-hangzhou";

    @AttributeDefinition(name = "AccessKey ID")
    String accessKeyId() default "";

    @AttributeDefinition(name = "AccessKey secret", type = AttributeType.PASSWORD)
    String accessKeySecret() default "";

    @AttributeDefinition(name = "Sign name", description = "The approved signature (签名) shown in the message")
    String signName() default "";

    @AttributeDefinition(name = "Template codes", description = "Approved template per event as EVENT=CODE, "
            + "for example SETTLED=SMS_123456789; the template may use ${plate}, ${status}, ${link}, ${amount} "
            + "and ${number}")
    String[] templateCodes() default {};

    @AttributeDefinition(name = "Default template code",
            description = "Template for events without their own code; empty to send nothing for them")
    String defaultTemplateCode() default "";

    @AttributeDefinition(name = "Time-out (seconds)", min = "1")
    int timeoutSeconds() default 10;
}
