package coach.coffeechat.bot.discord;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that hands out its delegate's connections until it is {@linkplain #broken broken}: from then on
 * every new connection fails, as when the database has gone away. Lets a test make the engine fail for a moment on a
 * database other tests share, instead of closing a database of its own. Thread-safe.
 */
final class BreakableDataSource implements DataSource {
    private final DataSource delegate;
    private volatile boolean broken;

    BreakableDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    /** Whether new connections fail from now on. */
    void broken(boolean broken) {
        this.broken = broken;
    }

    @Override
    public Connection getConnection() throws SQLException {
        check();
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        check();
        return delegate.getConnection(username, password);
    }

    private void check() throws SQLException {
        if (broken) {
            throw new SQLException("the database is gone (broken by the test)");
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
