package io.autoshop.core.rest.internal;

import io.autoshop.api.rest.RestExtension;
import io.autoshop.core.security.Authenticator;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.ws.rs.Priorities;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jersey servlet on the HTTP whiteboard that serves the REST application under {@code /api/v1}. It publishes every
 * service marked as a REST resource or provider, of any interface, and reloads whenever such a service changes.
 * Every request passes the {@link SecurityFilter}, which resolves the caller through the
 * {@link Authenticator} service, tracked dynamically.
 */
@Component(service = Servlet.class, immediate = true, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + RestExtension.BASE_PATH + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=" + JerseyApplication.SERVLET_NAME })
public final class JerseyApplication implements Servlet {

    static final String SERVLET_NAME = "autoshop-rest";

    private static final Logger LOG = LoggerFactory.getLogger(JerseyApplication.class);

    private final Object lock = new Object();
    /**
     * Requests hold the read lock and a reload holds the write lock, so that a reload waits for the requests in
     * flight instead of shutting down the application under them.
     */
    private final ReadWriteLock requests = new ReentrantReadWriteLock(true);
    private final Map<Long, Object> resources = new TreeMap<>();
    private final Map<Long, Object> providers = new TreeMap<>();
    private final ServiceTracker<Object, Object> resourceTracker;
    private final ServiceTracker<Object, Object> providerTracker;

    private ServletConfig servletConfig;
    private volatile ServletContainer container;
    private List<Object> lastGoodResources = List.of();
    private List<Object> lastGoodProviders = List.of();
    private volatile Authenticator authenticator;

    @Activate
    public JerseyApplication(BundleContext context) throws InvalidSyntaxException {
        resourceTracker = track(context, RestExtension.RESOURCE, resources);
        providerTracker = track(context, RestExtension.PROVIDER, providers);
        resourceTracker.open(true);
        providerTracker.open(true);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAuthenticator(Authenticator authenticator) {
        this.authenticator = authenticator;
        LOG.info("Security service available, the REST application checks tokens");
    }

    void unsetAuthenticator(Authenticator authenticator) {
        if (this.authenticator == authenticator) {
            this.authenticator = null;
            LOG.warn("Security service gone, the REST application answers 503 except on public endpoints");
        }
    }

    @Deactivate
    void deactivate() {
        providerTracker.close();
        resourceTracker.close();
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        synchronized (lock) {
            servletConfig = config;
            List<Object> currentResources = List.copyOf(resources.values());
            List<Object> currentProviders = List.copyOf(providers.values());
            ServletContainer created = new ServletContainer(configure(currentResources, currentProviders,
                    this::currentAuthenticator));
            withBundleClassLoader(() -> created.init(config));
            lastGoodResources = currentResources;
            lastGoodProviders = currentProviders;
            container = created;
            LOG.info("REST application started under {} with {} resources and {} providers", RestExtension.BASE_PATH,
                    currentResources.size(), currentProviders.size());
        }
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        ServletContainer current = container;
        if (current == null) {
            throw new ServletException("The REST application is not initialised yet, retry shortly");
        }
        requests.readLock().lock();
        try {
            current.service(request, response);
        } finally {
            CallerBinding.release();
            requests.readLock().unlock();
        }
    }

    @Override
    public void destroy() {
        synchronized (lock) {
            ServletContainer current = container;
            container = null;
            if (current != null) {
                current.destroy();
            }
        }
    }

    @Override
    public ServletConfig getServletConfig() {
        return servletConfig;
    }

    @Override
    public String getServletInfo() {
        return "AutoShop REST API";
    }

    private Authenticator currentAuthenticator() {
        return authenticator;
    }

    /**
     * Builds a fresh application from the given resources and providers. Jersey needs a new one for each reload.
     *
     * @param authenticator returns the security service, or {@code null} while there is none
     */
    public static ResourceConfig configure(Collection<Object> resources, Collection<Object> providers,
            Supplier<Authenticator> authenticator) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName(SERVLET_NAME);
        config.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new ObjectMapperResolver());
        config.register(new ProblemMapper());
        config.register(new SecurityFilter(authenticator), Priorities.AUTHENTICATION);
        providers.forEach(config::register);
        resources.forEach(config::register);
        return config;
    }

    private void changed() {
        synchronized (lock) {
            ServletContainer current = container;
            if (current == null) {
                return;
            }
            List<Object> currentResources = List.copyOf(resources.values());
            List<Object> currentProviders = List.copyOf(providers.values());
            long start = System.nanoTime();
            try {
                reloadExclusively(current, currentResources, currentProviders);
                lastGoodResources = currentResources;
                lastGoodProviders = currentProviders;
                LOG.debug("REST application reloaded with {} resources and {} providers in {} ms",
                        currentResources.size(), currentProviders.size(), (System.nanoTime() - start) / 1_000_000);
            } catch (ServletException | RuntimeException e) {
                LOG.error("Failed to reload the REST application with resources {} and providers {}, restoring the "
                        + "previous set", resources.keySet(), providers.keySet(), e);
                restorePrevious(current);
            }
        }
    }

    private void restorePrevious(ServletContainer current) {
        List<Object> previousResources = lastGoodResources.stream().filter(resources::containsValue).toList();
        List<Object> previousProviders = lastGoodProviders.stream().filter(providers::containsValue).toList();
        try {
            reloadExclusively(current, previousResources, previousProviders);
            lastGoodResources = previousResources;
            lastGoodProviders = previousProviders;
        } catch (ServletException | RuntimeException e) {
            LOG.error("Failed to restore the REST application to its previous resources", e);
        }
    }

    private void reloadExclusively(ServletContainer current, List<Object> resourceList, List<Object> providerList)
            throws ServletException {
        requests.writeLock().lock();
        try {
            withBundleClassLoader(() -> current.reload(configure(resourceList, providerList,
                    this::currentAuthenticator)));
        } finally {
            requests.writeLock().unlock();
        }
    }

    private ServiceTracker<Object, Object> track(BundleContext context, String marker, Map<Long, Object> target)
            throws InvalidSyntaxException {
        String filter = "(" + marker + "=true)";
        return new ServiceTracker<>(context, context.createFilter(filter), new ServiceTrackerCustomizer<>() {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                Object service = context.getService(reference);
                if (service == null) {
                    return null;
                }
                synchronized (lock) {
                    target.put(serviceId(reference), service);
                    LOG.debug("REST {} {} added: {}", marker, serviceId(reference), service.getClass().getName());
                    changed();
                }
                return service;
            }

            @Override
            public void modifiedService(ServiceReference<Object> reference, Object service) {
                // The marker filter still matches, so the application stays as it is.
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Object service) {
                synchronized (lock) {
                    target.remove(serviceId(reference));
                    LOG.debug("REST {} {} removed", marker, serviceId(reference));
                    changed();
                }
                context.ungetService(reference);
            }
        });
    }

    private static Long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }

    private static void withBundleClassLoader(ServletAction action) throws ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JerseyApplication.class.getClassLoader());
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** An action that may throw the exception of servlet initialisation. */
    @FunctionalInterface
    private interface ServletAction {
        void run() throws ServletException;
    }
}
