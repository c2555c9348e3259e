package io.cccjdbc.jdbc;

import org.apache.calcite.config.CalciteSystemProperty;

/**
 * Calcite reads {@code saffron.properties} (UTF-8 literals, the compiled-code cache) once,
 * through the thread's context class loader. A BI tool loads the driver in a class loader of
 * its own that the context class loader cannot see, so the file would be missed and a literal
 * such as {@code '乐山'} rejected; the first read is therefore made with this jar's loader.
 */
final class CalciteSettings {

  private CalciteSettings() {
  }

  static void readFromDriverJar() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(CalciteSettings.class.getClassLoader());
    try {
      CalciteSystemProperty.DEFAULT_CHARSET.value();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
