package io.cccjdbc.pg;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Binds the text values postgres_fdw sends for {@code $n} as the Java values of their types. */
final class ParameterValues {

  private ParameterValues() {
  }

  static void bind(PreparedStatement statement, TranslatedQuery query, List<String> values)
      throws SQLException {
    List<TranslatedQuery.Parameter> parameters = query.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      TranslatedQuery.Parameter parameter = parameters.get(i);
      if (parameter.number() < 1 || parameter.number() > values.size()) {
        throw new UntranslatableSqlException("$" + parameter.number() + " with "
            + values.size() + " values bound");
      }
      String text = values.get(parameter.number() - 1);
      statement.setObject(i + 1, text == null ? null : value(parameter.type(), text));
    }
  }

  private static Object value(PgTypeName type, String text) {
    if (type.isText() || type.isTemporal()) {
      return text;
    }
    try {
      return switch (type.name()) {
        case "boolean", "bool" -> bool(text);
        case "smallint", "int2", "integer", "int", "int4" -> Integer.valueOf(text);
        case "bigint", "int8" -> Long.valueOf(text);
        case "real", "float4" -> Float.valueOf(text);
        case "double precision", "float8" -> Double.valueOf(text);
        case "numeric", "decimal" -> new BigDecimal(text);
        default -> throw new UntranslatableSqlException("a parameter of type " + type.name());
      };
    } catch (NumberFormatException e) {
      throw new UntranslatableSqlException("the " + type.name() + " parameter value " + text);
    }
  }

  private static Boolean bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "t", "true", "yes", "on", "1" -> true;
      case "f", "false", "no", "off", "0" -> false;
      default -> throw new UntranslatableSqlException("the boolean parameter value " + text);
    };
  }
}
