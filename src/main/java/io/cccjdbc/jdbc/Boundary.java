package io.cccjdbc.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The JDBC boundary: a proxy in front of one of Calcite's JDBC objects that forwards each
 * call and turns anything a lower layer threw into a meaningful {@link java.sql.SQLException}.
 * Subclasses change the few calls where CCC behaves differently from stock Calcite.
 */
abstract class Boundary implements InvocationHandler {

  final Object target;

  Boundary(Object target) {
    this.target = target;
  }

  static <T> T proxy(Class<T> type, Boundary handler, Class<?>... alsoImplements) {
    Class<?>[] interfaces = new Class<?>[alsoImplements.length + 1];
    interfaces[0] = type;
    System.arraycopy(alsoImplements, 0, interfaces, 1, alsoImplements.length);
    return type.cast(Proxy.newProxyInstance(Boundary.class.getClassLoader(), interfaces, handler));
  }

  @Override
  public final Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> describe();
      };
    }
    if (args != null && args.length == 1 && args[0] instanceof Class<?> type) {
      if (method.getName().equals("unwrap") && type.isInstance(proxy)) {
        return proxy;
      }
      if (method.getName().equals("isWrapperFor") && type.isInstance(proxy)) {
        return true;
      }
    }
    try {
      return intercept(proxy, method, args);
    } catch (RuntimeException | java.sql.SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  /** Handles one call; by default forwards it unchanged. */
  Object intercept(Object proxy, Method method, Object[] args) throws Throwable {
    return forward(method, args);
  }

  final Object forward(Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** What {@code toString} shows; never a secret. */
  abstract String describe();
}
