package io.autoshop.core.ops.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections report another database product and URL in their metadata.
 */
final class ForeignDataSource implements DataSource {

    private final DataSource delegate;
    private final String product;
    private final String url;

    ForeignDataSource(DataSource delegate, String product, String url) {
        this.delegate = delegate;
        this.product = product;
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = delegate.getConnection();
        DatabaseMetaData meta = connection.getMetaData();
        DatabaseMetaData foreignMeta = proxy(DatabaseMetaData.class, meta, name -> switch (name) {
            case "getDatabaseProductName" -> product;
            case "getURL" -> url;
            default -> null;
        });
        return proxy(Connection.class, connection, name -> name.equals("getMetaData") ? foreignMeta : null);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private static <T> T proxy(Class<T> type, T target, java.util.function.Function<String, Object> override) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            Object replaced = override.apply(method.getName());
            if (replaced != null) {
                return replaced;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
