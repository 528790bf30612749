package io.autoshop.core.crypto.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Keystore settings from {@code etc/io.autoshop.crypto.cfg}.
 */
@ObjectClassDefinition(name = "AutoShop field encryption",
        description = "Where the keys that encrypt customers' personal data are kept.")
public @interface CryptoConfig {

    String PID = "io.autoshop.crypto";

    @AttributeDefinition(name = "Keystore",
            description = "PKCS12 keystore with the encryption and search keys. A relative path is resolved against "
                    + "Karaf's etc folder. Created with new keys when missing.")
    String keystore() default "autoshop-keys.p12";

    @AttributeDefinition(name = "Password file",
            description = "File whose first line is the keystore password. A relative path is resolved against "
                    + "Karaf's etc folder. Created with a random password when the keystore is created.")
    String passwordFile() default "autoshop-keys.pass";
}
