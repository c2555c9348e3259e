package io.cccjdbc.build;

import io.cccjdbc.calcite.PrecompiledMetadataHandlers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.MetadataHandlerProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.metadata.janino.RelMetadataHandlerGeneratorUtil;

/**
 * Writes and compiles, at build time, the metadata handler classes Calcite would otherwise
 * generate and compile with Janino on a query's first use of each: for every handler
 * {@link RelMetadataQuery} asks for, Calcite's own generator over the distinct handlers of
 * {@link DefaultRelMetadataProvider#INSTANCE}, as {@code JaninoRelMetadataProvider} does, moved
 * to the package and names {@link PrecompiledMetadataHandlers} looks them up by. Run by the
 * build (pom.xml, process-classes) with the driver's classes and dependencies on its class path.
 *
 * <p>Arguments: the directory for the sources (kept for reading, never committed) and the one
 * for the classes.
 */
public final class GenerateMetadataHandlers {

  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("[A-Za-z_][\\w$]*(?:\\.[A-Za-z_][\\w$]*)+");

  private static final String GENERATOR_PACKAGE =
      RelMetadataHandlerGeneratorUtil.class.getPackageName();

  private GenerateMetadataHandlers() {
  }

  public static void main(String[] args) throws IOException {
    Path sources = Path.of(args[0]);
    Path classes = Path.of(args[1]);
    Path packageDir = sources.resolve(PrecompiledMetadataHandlers.PACKAGE.replace('.', '/'));
    Files.createDirectories(packageDir);
    List<String> files = new ArrayList<>();
    for (Class<? extends MetadataHandler<?>> handlerClass : handlerClassesOfMetadataQuery()) {
      List<? extends MetadataHandler<?>> handlers = DefaultRelMetadataProvider.INSTANCE
          .handlers(handlerClass).stream().distinct().toList();
      RelMetadataHandlerGeneratorUtil.HandlerNameAndGeneratedCode generated =
          RelMetadataHandlerGeneratorUtil.generateHandler(handlerClass, handlers);
      String calciteName = generated.getHandlerName()
          .substring(generated.getHandlerName().lastIndexOf('.') + 1);
      String name = PrecompiledMetadataHandlers.className(handlerClass);
      String simpleName = name.substring(name.lastIndexOf('.') + 1);
      String code = javaNames(generated.getGeneratedCode(), handlers)
          .replace("package " + GENERATOR_PACKAGE + ";",
              "package " + PrecompiledMetadataHandlers.PACKAGE + ";")
          .replace(calciteName, simpleName);
      Path file = packageDir.resolve(simpleName + ".java");
      Files.writeString(file, code, StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    compile(files, classes);
  }

  /**
   * The code with the names Janino reads made ones javac reads, outside string literals (the
   * messages stay Calcite's): a nested class by its canonical name rather than its binary one,
   * and a handler class javac cannot reach by {@link PrecompiledMetadataHandlers#nameableClass}.
   */
  private static String javaNames(String code, List<? extends MetadataHandler<?>> handlers) {
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < handlers.size(); i++) {
      Class<?> handlerClass = handlers.get(i).getClass();
      Class<?> nameable = PrecompiledMetadataHandlers.nameableClass(handlerClass);
      names.put(handlerClass.getName(), nameable.getCanonicalName());
      if (nameable != handlerClass) {
        // getDef() is the one method the superclass need not declare.
        String field = "provider" + i;
        code = code.replace(field + ".getDef()",
            "((" + MetadataHandler.class.getName() + "<?>) " + field + ").getDef()");
      }
    }
    StringBuilder out = new StringBuilder();
    Matcher literal = STRING_LITERAL.matcher(code);
    int from = 0;
    while (literal.find()) {
      out.append(javaNamesOutsideLiterals(code.substring(from, literal.start()), names))
          .append(literal.group());
      from = literal.end();
    }
    return out.append(javaNamesOutsideLiterals(code.substring(from), names)).toString();
  }

  private static String javaNamesOutsideLiterals(String code, Map<String, String> handlerNames) {
    return QUALIFIED_NAME.matcher(code).replaceAll(name -> {
      String handlerName = handlerNames.get(name.group());
      if (handlerName != null) {
        return Matcher.quoteReplacement(handlerName);
      }
      if (name.group().indexOf('$') < 0) {
        return Matcher.quoteReplacement(name.group());
      }
      try {
        return Matcher.quoteReplacement(Class.forName(name.group(), false,
            GenerateMetadataHandlers.class.getClassLoader()).getCanonicalName());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("Generated code names an unknown class: " + name, e);
      }
    });
  }

  /** The handler classes, in the order {@link RelMetadataQuery}'s constructor asks for them. */
  private static List<Class<? extends MetadataHandler<?>>> handlerClassesOfMetadataQuery() {
    List<Class<? extends MetadataHandler<?>>> asked = new ArrayList<>();
    new RelMetadataQuery(new MetadataHandlerProvider() {
      @Override
      public <H extends MetadataHandler<?>> H handler(Class<H> handlerClass) {
        asked.add(handlerClass);
        // The query is only asked to list its handlers, never used.
        return null;
      }
    });
    if (asked.isEmpty()) {
      throw new IllegalStateException("RelMetadataQuery asked for no metadata handlers");
    }
    return asked;
  }

  /** Compiles the sources; only errors are shown (javac notes unchecked casts it is told of). */
  private static void compile(List<String> files, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("No Java compiler: build with a JDK, not a JRE");
    }
    Files.createDirectories(classes);
    List<String> options = List.of("--release", "17", "-implicit:none", "-proc:none",
        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(null, fileManager, diagnostics, options, null,
          fileManager.getJavaFileObjectsFromStrings(files)).call();
      if (!compiled) {
        throw new IllegalStateException("javac failed on the generated metadata handlers:\n"
            + diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(Object::toString).collect(Collectors.joining("\n")));
      }
    }
  }
}
