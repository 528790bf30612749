package io.autoshop.core.rest.internal.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.autoshop.api.Page;
import io.autoshop.api.console.ConsoleExtension;
import io.autoshop.core.rest.internal.resources.ConsoleExtensionResource.Extension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

class ConsoleExtensionResourceTest {

    private final ConsoleExtensionResource resource = new ConsoleExtensionResource();

    @Test
    void listsEntriesByOrderThenId() {
        resource.addExtension(extension("zeta", 10, null), service(1));
        resource.addExtension(extension("alpha", 10, null), service(2));
        resource.addExtension(extension("first", 1, null), service(3));

        assertEquals(List.of("first", "alpha", "zeta"), ids(list()));
    }

    @Test
    void buildsPageAndIconPaths() {
        resource.addExtension(extension("loyalty", 100, "/img/icon.svg"), service(1));

        Extension entry = list().items().get(0);

        assertEquals("/console/plugins/loyalty/index.html", entry.url());
        assertEquals("/console/plugins/loyalty/img/icon.svg", entry.icon());
        assertEquals("会员积分", entry.labels().get("zh-CN"));
    }

    @Test
    void leavesIconOutWhenNone() {
        resource.addExtension(extension("loyalty", 100, null), service(1));

        assertNull(list().items().get(0).icon());
    }

    @Test
    void ignoresInvalidIds() {
        resource.addExtension(extension("../etc", 100, null), service(1));
        resource.addExtension(extension("Upper", 100, null), service(2));

        assertEquals(0, list().total());
    }

    @Test
    void keepsOldestServiceForDuplicateId() {
        resource.addExtension(extension("loyalty", 5, null), service(7));
        resource.addExtension(extension("loyalty", 1, null), service(3));

        assertEquals(1, list().total());
        assertEquals(1, list().items().get(0).order());
    }

    @Test
    void dropsRemovedService() {
        ConsoleExtension loyalty = extension("loyalty", 100, null);
        resource.addExtension(loyalty, service(1));

        resource.removeExtension(loyalty, service(1));

        assertEquals(0, list().total());
    }

    @SuppressWarnings("unchecked")
    private Page<Extension> list() {
        return (Page<Extension>) resource.list().getEntity();
    }

    private static List<String> ids(Page<Extension> page) {
        return page.items().stream().map(Extension::id).toList();
    }

    private static Map<String, Object> service(long id) {
        return Map.of(Constants.SERVICE_ID, id);
    }

    private static ConsoleExtension extension(String id, int order, String icon) {
        return new ConsoleExtension() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Map<String, String> labels() {
                return Map.of("zh-CN", "会员积分", "en", "Loyalty points");
            }

            @Override
            public String icon() {
                return icon;
            }

            @Override
            public int order() {
                return order;
            }
        };
    }
}
