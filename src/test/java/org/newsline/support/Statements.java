package org.newsline.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements that requests prepare, whoever issues them (Hibernate or the
 * read models' JDBC queries), so that tests can check that a page takes a fixed number of
 * queries, or none when it is served from a cache. Only threads serving HTTP requests
 * count: the data version broadcast and other background work may query at any time.
 */
@TestComponent
public class Statements implements BeanPostProcessor {

	private static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicLong prepared = new AtomicLong();

	/** How many statements requests have prepared so far. */
	public long prepared() {
		return this.prepared.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof DataSource)) {
			return bean;
		}
		ProxyFactory factory = new ProxyFactory(bean);
		factory.setProxyTargetClass(true);
		factory.addAdvice((MethodInterceptor) (invocation) -> {
			Object result = invocation.proceed();
			return (result instanceof Connection connection) ? counting(connection) : result;
		});
		return factory.getProxy();
	}

	private Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					if (PREPARING.contains(method.getName()) && servingRequest()) {
						this.prepared.incrementAndGet();
					}
					try {
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

	private static boolean servingRequest() {
		return Thread.currentThread().getName().contains("-exec-");
	}

}
