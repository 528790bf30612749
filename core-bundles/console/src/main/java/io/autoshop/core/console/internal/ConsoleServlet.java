package io.autoshop.core.console.internal;

import io.autoshop.api.console.ConsoleExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the web console under {@value #CONSOLE_PATH}: the single-page application from this bundle's
 * {@value #APP_FOLDER} folder, and below {@code plugins/<id>/} the files of the plugins' console extensions.
 */
@Component(service = Servlet.class, immediate = true, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + ConsoleServlet.CONSOLE_PATH + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=autoshop-console" })
public final class ConsoleServlet extends HttpServlet {

    static final String CONSOLE_PATH = "/console";
    static final String APP_FOLDER = "/console-app";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServlet.class);
    private static final String PLUGINS_PREFIX = "/plugins/";
    private static final String START_PAGE = "index.html";

    private final transient Bundle consoleBundle;
    private final transient PluginFolders pluginFolders = new PluginFolders();

    @Activate
    public ConsoleServlet(BundleContext context) {
        this.consoleBundle = context.getBundle();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExtension(ServiceReference<ConsoleExtension> reference, ConsoleExtension extension) {
        if (pluginFolders.add(reference, extension)) {
            LOG.info("Serving console extension '{}' from bundle {} folder {}", extension.id(),
                    reference.getBundle().getSymbolicName(), extension.resourceRoot());
        } else {
            LOG.warn("Ignoring console extension of bundle {}: invalid id '{}', expected {}",
                    reference.getBundle().getSymbolicName(), extension.id(), ConsoleExtension.ID_PATTERN.pattern());
        }
    }

    void removeExtension(ServiceReference<ConsoleExtension> reference) {
        pluginFolders.remove(reference);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getContextPath() + CONSOLE_PATH + "/");
            return;
        }
        if (path.equals("/")) {
            path = "/" + START_PAGE;
        }
        Optional<URL> entry = path.startsWith(PLUGINS_PREFIX) ? pluginEntry(path.substring(PLUGINS_PREFIX.length()))
                : appEntry(path);
        if (entry.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(entry.get(), path, response);
    }

    @Override
    protected long getLastModified(HttpServletRequest request) {
        // Files of this bundle change only with the bundle, so its install time stands for all of them.
        String path = request.getPathInfo();
        if (path == null || path.startsWith(PLUGINS_PREFIX)) {
            return -1;
        }
        return consoleBundle.getLastModified() / 1000 * 1000;
    }

    private Optional<URL> appEntry(String path) {
        return StaticFiles.safeRelativePath(path)
                .map(relative -> consoleBundle.getEntry(StaticFiles.entryPath(APP_FOLDER, relative)));
    }

    private Optional<URL> pluginEntry(String pathBelowPlugins) {
        int slash = pathBelowPlugins.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String id = pathBelowPlugins.substring(0, slash);
        Optional<String> relative = StaticFiles.safeRelativePath(pathBelowPlugins.substring(slash));
        Optional<PluginFolders.Folder> folder = pluginFolders.find(id);
        if (relative.isEmpty() || folder.isEmpty()) {
            return Optional.empty();
        }
        Bundle bundle = folder.get().bundle();
        if (bundle == null || bundle.getState() == Bundle.UNINSTALLED) {
            return Optional.empty();
        }
        return Optional.ofNullable(bundle.getEntry(StaticFiles.entryPath(folder.get().root(), relative.get())));
    }

    private static void send(URL entry, String path, HttpServletResponse response) throws IOException {
        response.setContentType(StaticFiles.contentType(path));
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = entry.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
