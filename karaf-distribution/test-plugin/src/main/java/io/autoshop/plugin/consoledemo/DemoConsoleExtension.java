package io.autoshop.plugin.consoledemo;

import io.autoshop.api.console.ConsoleExtension;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Adds the menu entry "洗车登记 / Car wash" with a static page from this bundle's {@code console} folder.
 */
@Component
public class DemoConsoleExtension implements ConsoleExtension {

    @Override
    public String id() {
        return "car-wash";
    }

    @Override
    public Map<String, String> labels() {
        return Map.of("zh-CN", "洗车登记", "en", "Car wash");
    }

    @Override
    public String icon() {
        return "icon.svg";
    }
}
