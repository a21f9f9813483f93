package org.lessonsportal.workflow.review;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application runs, split into the engine's ({@code ACT_*} tables) and ours (JPA and
 * the rest), by wrapping the {@code DataSource}. Batched rows count one each. For measuring only.
 */
final class StatementCounter implements BeanPostProcessor {

    final AtomicLong engine = new AtomicLong();
    final AtomicLong application = new AtomicLong();
    /** When set, the SQL of every statement is added here (for looking into one step). */
    volatile java.util.List<String> trace;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = method.invoke(target, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    /** With {@code -Dbench.callers=true}, each traced statement also names the project's methods that ran it. */
    private static final boolean CALLERS = Boolean.getBoolean("bench.callers");

    private static String callers() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("org.lessonsportal")
                        && !f.getClassName().contains("StatementCounter") && !f.getClassName().contains("$$"))
                .limit(7).map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
                        + f.getMethodName())
                .collect(java.util.stream.Collectors.joining(" < ")));
    }

    long total() {
        return engine.get() + application.get();
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = method.invoke(target, args);
            if (result instanceof PreparedStatement prepared && args != null && args[0] instanceof String sql) {
                return statement(PreparedStatement.class, prepared, sql);
            }
            if (result instanceof Statement plain && !(result instanceof PreparedStatement)) {
                return statement(Statement.class, plain, null);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String preparedSql) {
        return proxy(type, statement, (target, method, args) -> {
            String name = method.getName();
            boolean runs = name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch"));
            if (runs) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                (sql != null && sql.toUpperCase(Locale.ROOT).contains("ACT_") ? engine : application)
                        .incrementAndGet();
                java.util.List<String> traced = trace;
                if (traced != null) {
                    traced.add(CALLERS ? sql + "  <-  " + callers() : String.valueOf(sql));
                }
            }
            return method.invoke(target, args);
        });
    }

    private interface Call<T> {
        Object invoke(T target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call<T> call) {
        InvocationHandler handler = (p, method, args) -> {
            try {
                return call.invoke(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
