package io.cccjdbc.calcite;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.JaninoRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.MetadataHandlerProvider;
import org.apache.calcite.rel.metadata.RelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;

/**
 * Calcite's metadata handlers (row count, cost, collation, ...) as compiled with the driver.
 * Calcite generates each handler's source and compiles it with Janino on its first use, a
 * quarter of a second of a new JVM's first query; the build runs the same generator over the
 * same handlers and compiles its output into {@value #PACKAGE}, so a query only instantiates
 * them. A handler class the build did not generate, or generated for other handlers than the
 * cluster's provider has at run time (another Calcite on the class path), is Janino's as before:
 * slower to start, never different.
 */
public final class PrecompiledMetadataHandlers implements MetadataHandlerProvider {

  /** Where the build writes the handler classes. */
  public static final String PACKAGE = "io.cccjdbc.calcite.metadata";

  /** Few: the providers a planning path sets on its cluster are equal from query to query. */
  private static final Map<RelMetadataProvider, PrecompiledMetadataHandlers> BY_PROVIDER =
      new ConcurrentHashMap<>();

  /** One instance per handler class and list of handlers it dispatches to. */
  private static final Map<List<Object>, Optional<MetadataHandler<?>>> INSTANCES =
      new ConcurrentHashMap<>();

  private final RelMetadataProvider provider;
  private final JaninoRelMetadataProvider janino;
  private final Map<Class<?>, Optional<MetadataHandler<?>>> handlers = new ConcurrentHashMap<>();

  private PrecompiledMetadataHandlers(RelMetadataProvider provider) {
    this.provider = provider;
    this.janino = JaninoRelMetadataProvider.of(provider);
  }

  /** The handlers for a metadata provider's handler lists. */
  public static PrecompiledMetadataHandlers of(RelMetadataProvider provider) {
    // get() first: computeIfAbsent locks a bin even when the key is there.
    PrecompiledMetadataHandlers handlers = BY_PROVIDER.get(provider);
    return handlers != null
        ? handlers
        : BY_PROVIDER.computeIfAbsent(provider, PrecompiledMetadataHandlers::new);
  }

  /**
   * A new metadata query over the cluster's provider of the moment: programs set their own
   * (a heuristic or cost-based planner's in front of Calcite's default one).
   */
  public static RelMetadataQuery query(RelOptCluster cluster) {
    return new RelMetadataQuery(of(Objects.requireNonNullElse(cluster.getMetadataProvider(),
        DefaultRelMetadataProvider.INSTANCE)));
  }

  /** The name of the class the build generates for a handler interface. */
  public static String className(Class<?> handlerClass) {
    String name = handlerClass.getName();
    return PACKAGE + "." + name.substring(name.lastIndexOf('.') + 1).replace('$', '_');
  }

  /**
   * The class a generated handler declares for one it dispatches to: the class itself, or if
   * Java code elsewhere cannot name it (Calcite has private ones), its nearest superclass that
   * can be named, which declares the methods called (Janino, which does not check access, names
   * the private class).
   */
  public static Class<?> nameableClass(Class<?> handler) {
    Class<?> nameable = handler;
    while (!isPublicEverywhere(nameable)) {
      nameable = nameable.getSuperclass();
    }
    return nameable;
  }

  private static boolean isPublicEverywhere(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The precompiled handler if there is one for this provider's handlers; otherwise Janino's
   * placeholder, which has {@link RelMetadataQuery} ask {@link #revise} on first use.
   */
  @Override
  public <H extends MetadataHandler<?>> H handler(Class<H> handlerClass) {
    Optional<MetadataHandler<?>> precompiled = precompiled(handlerClass);
    return precompiled.isPresent()
        ? handlerClass.cast(precompiled.get())
        : janino.handler(handlerClass);
  }

  /** As Janino's: the handler for the class, the same one every time. */
  @Override
  public <H extends MetadataHandler<?>> H revise(Class<H> handlerClass) {
    Optional<MetadataHandler<?>> precompiled = precompiled(handlerClass);
    return precompiled.isPresent()
        ? handlerClass.cast(precompiled.get())
        : janino.revise(handlerClass);
  }

  /** Whether this provider's handler of that class is the build's rather than Janino's. */
  public boolean isPrecompiled(Class<? extends MetadataHandler<?>> handlerClass) {
    return precompiled(handlerClass).isPresent();
  }

  private Optional<MetadataHandler<?>> precompiled(Class<? extends MetadataHandler<?>> type) {
    Optional<MetadataHandler<?>> known = handlers.get(type);
    return known != null ? known : handlers.computeIfAbsent(type, t -> {
      // Distinct, as Janino's generator is given them.
      List<MetadataHandler<?>> targets = provider.handlers(type).stream().distinct().toList();
      List<Object> key = new ArrayList<>(targets.size() + 1);
      key.add(type);
      key.addAll(targets);
      return INSTANCES.computeIfAbsent(key, k -> instantiate(type, targets));
    });
  }

  private static Optional<MetadataHandler<?>> instantiate(
      Class<? extends MetadataHandler<?>> type, List<MetadataHandler<?>> targets) {
    Class<?> generated;
    try {
      generated = Class.forName(className(type), true,
          PrecompiledMetadataHandlers.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    Class<?>[] targetClasses = targets.stream()
        .map(target -> nameableClass(target.getClass())).toArray(Class<?>[]::new);
    Constructor<?>[] constructors = generated.getConstructors();
    if (!type.isAssignableFrom(generated) || constructors.length != 1
        || !Arrays.equals(constructors[0].getParameterTypes(), targetClasses)
        || !implementsEveryMethod(generated, type)) {
      return Optional.empty();
    }
    try {
      return Optional.of(type.cast(constructors[0].newInstance(targets.toArray())));
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot instantiate " + generated.getName(), e);
    }
  }

  /** Whether the class was generated for this version of the interface, not an older one. */
  private static boolean implementsEveryMethod(
      Class<?> generated, Class<? extends MetadataHandler<?>> type) {
    for (Method method : MetadataHandler.handlerMethods(type).values()) {
      try {
        if (generated.getMethod(method.getName(), method.getParameterTypes())
            .getDeclaringClass() != generated) {
          return false;
        }
      } catch (NoSuchMethodException e) {
        return false;
      }
    }
    return true;
  }
}
