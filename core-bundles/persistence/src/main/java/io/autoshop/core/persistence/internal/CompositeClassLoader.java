package io.autoshop.core.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Loads classes and resources from the class loaders of the contributing bundles, then from EclipseLink's,
 * so that one persistence unit can hold entities of several bundles.
 */
final class CompositeClassLoader extends ClassLoader {

    private final List<ClassLoader> delegates;

    CompositeClassLoader(List<ClassLoader> delegates) {
        super(null);
        this.delegates = List.copyOf(new LinkedHashSet<>(delegates));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader delegate : delegates) {
            try {
                return delegate.loadClass(name);
            } catch (ClassNotFoundException e) {
                // try the next delegate
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader delegate : delegates) {
            URL url = delegate.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (ClassLoader delegate : delegates) {
            urls.addAll(Collections.list(delegate.getResources(name)));
        }
        return Collections.enumeration(urls);
    }
}
