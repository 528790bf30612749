package io.autoshop.plugin.sms.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AliyunSignerTest {

    @Test
    void percentEncodeFollowsRfc3986() {
        assertEquals("a%20b%2Ac~d%2F%3D%26", AliyunSigner.percentEncode("a b*c~d/=&"));
        assertEquals("%E9%98%BF", AliyunSigner.percentEncode("阿"));
    }

    @Test
    void sendSmsExampleMatchesPublishedSignature() {
        TreeMap<String, String> parameters = new TreeMap<>();
        parameters.put("AccessKeyId", "testId");
        parameters.put("Action", "SendSms");
        parameters.put("Format", "XML");
        parameters.put("OutId", "123");
        parameters.put("PhoneNumbers", "15300000001");
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("SignName", "阿里云短信测试专用");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", "SMS_71390007");
        parameters.put("TemplateParam", "{\"customer\":\"test\"}");
        parameters.put("Timestamp", "2017-07-12T02:42:19Z");
        parameters.put("Version", "2017-05-25");

        String signature = AliyunSigner.sign("testSecret", AliyunSigner.stringToSign("GET", parameters));

        assertEquals("zJDF+Lrzhj/ThnlvIToysFRq6t4=", signature);
    }

    @Test
    void describeRegionsExampleMatchesPublishedSignature() {
        TreeMap<String, String> parameters = new TreeMap<>();
        parameters.put("Timestamp", "2016-02-23T12:46:24Z");
        parameters.put("Format", "XML");
        parameters.put("AccessKeyId", "testid");
        parameters.put("Action", "DescribeRegions");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        parameters.put("Version", "2014-05-26");
        parameters.put("SignatureVersion", "1.0");

        String signature = AliyunSigner.sign("testsecret", AliyunSigner.stringToSign("GET", parameters));

        assertEquals("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", signature);
    }
}
