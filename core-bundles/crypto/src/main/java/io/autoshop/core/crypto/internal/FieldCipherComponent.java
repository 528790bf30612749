package io.autoshop.core.crypto.internal;

import io.autoshop.api.security.FieldCipher;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens or creates the shop's keystore and publishes the {@link FieldCipher} service. When the keystore exists but
 * cannot be opened, no service is published, so that no data is written with a new key by mistake: every service
 * that stores personal data waits for the cipher instead.
 */
@Component(immediate = true, configurationPid = CryptoConfig.PID)
@Designate(ocd = CryptoConfig.class)
public final class FieldCipherComponent {

    private static final Logger LOG = LoggerFactory.getLogger(FieldCipherComponent.class);

    private final ServiceRegistration<FieldCipher> registration;

    @Activate
    public FieldCipherComponent(BundleContext context, CryptoConfig config) {
        Path etc = Path.of(System.getProperty("karaf.etc", "etc"));
        Path keystore = resolve(etc, config.keystore());
        Path passwordFile = resolve(etc, config.passwordFile());
        ServiceRegistration<FieldCipher> registered = null;
        try {
            SecureRandom random = new SecureRandom();
            ShopKeyStore.Keys keys = ShopKeyStore.openOrCreate(keystore, passwordFile, random);
            AesGcmFieldCipher cipher = new AesGcmFieldCipher(keys.encryptionKeys(), keys.macKey(), random);
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(FieldCipher.KEYSTORE_PATH, keystore.toString());
            properties.put(FieldCipher.KEYSTORE_PASSWORD_PATH, passwordFile.toString());
            registered = context.registerService(FieldCipher.class, cipher, properties);
            if (keys.created()) {
                LOG.info("Created keystore {} with new keys; back it up together with {}", keystore, passwordFile);
            }
            LOG.info("Field cipher started with keystore {}, key versions {}, encrypting with version {}", keystore,
                    keys.encryptionKeys().keySet(), cipher.currentVersion());
        } catch (KeyStoreUnavailableException e) {
            LOG.error("Field cipher not started, so customers' personal data can be neither read nor written: {}. "
                    + "Put back the keystore and password file that encrypted the data (see the backup folder) and "
                    + "restart bundle autoshop-core-crypto.", e.getMessage());
        }
        this.registration = registered;
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
            LOG.info("Field cipher stopped");
        }
    }

    static Path resolve(Path etc, String configured) {
        Path path = Path.of(configured.trim());
        return (path.isAbsolute() ? path : etc.resolve(path)).toAbsolutePath().normalize();
    }
}
