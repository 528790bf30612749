package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Measures whether the plugin features themselves cause a refresh of core bundles. The shop ships with
 * {@code autoRefresh=false}, and this test switches Karaf's default {@code autoRefresh=true} back on: installing
 * and uninstalling a plugin must still keep every core service id.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AutoRefreshIT extends AutoShopTestSupport {

    @Inject
    BundleContext bundleContext;

    @Inject
    FeaturesService features;

    @Configuration
    public Option[] config() {
        return distribution(editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "autoRefresh", "true"));
    }

    @Test
    public void pluginFeaturesNeedNoRefresh() throws Exception {
        awaitReady("/work-orders?limit=1");
        Map<String, List<Long>> before = CoreServices.ids(bundleContext);

        features.installFeature("autoshop-plugin-sms");
        awaitReady("/sms/settings");
        assertEquals(before, CoreServices.ids(bundleContext));

        features.uninstallFeature("autoshop-plugin-sms");
        awaitReady("/work-orders?limit=1");
        assertEquals(before, CoreServices.ids(bundleContext));
    }
}
