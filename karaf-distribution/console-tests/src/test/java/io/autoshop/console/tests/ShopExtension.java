package io.autoshop.console.tests;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one shop for all test classes of the run and stops it when the run ends. Test methods and constructors
 * receive it as a {@link ShopServer} parameter.
 */
public final class ShopExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ShopServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        return store.getOrComputeIfAbsent(ShopServer.class.getName(), key -> new RunningShop(), RunningShop.class)
                .server();
    }

    /** The shop as a resource of the root context, closed by JUnit after the last test. */
    private static final class RunningShop implements ExtensionContext.Store.CloseableResource {

        private final ShopServer server;

        RunningShop() {
            try {
                server = ShopServer.start();
            } catch (Exception e) {
                throw new IllegalStateException("Failed to start the shop under test: " + e.getMessage(), e);
            }
        }

        ShopServer server() {
            return server;
        }

        @Override
        public void close() throws Exception {
            server.close();
        }
    }
}
