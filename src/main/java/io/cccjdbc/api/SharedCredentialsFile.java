package io.cccjdbc.api;

import com.google.common.base.Strings;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials SDKs' ini file ({@code ~/.alibabacloud/credentials}): one {@code [section]} per
 * profile with {@code type}, {@code access_key_id} and {@code access_key_secret}; a section with
 * {@code enable = false} is switched off. Only {@code type = access_key} holds a key pair
 * outright; the other types need calls to STS or ECS metadata.
 */
final class SharedCredentialsFile implements ProfileFile {

  private static final String DEFAULT_PROFILE = "default";

  private final Path path;
  private final String origin;

  /** @param origin how the path was chosen, for messages; empty for a default location */
  SharedCredentialsFile(Path path, String origin) {
    this.path = path;
    this.origin = origin;
  }

  @Override
  public Optional<Credentials> find(String profile, List<String> trail) {
    String shownPath = path + origin;
    if (!Files.exists(path)) {
      trail.add(shownPath + ": does not exist");
      return Optional.empty();
    }
    String name = profile != null ? profile : DEFAULT_PROFILE;
    Map<String, Map<String, String>> sections = parse(read());
    Map<String, String> section = sections.get(name);
    if (section == null) {
      trail.add(shownPath + ": has no section [" + name + "]; sections there: "
          + (sections.isEmpty() ? "none" : String.join(", ", sections.keySet())));
      return Optional.empty();
    }
    if ("false".equalsIgnoreCase(section.get("enable"))) {
      trail.add(shownPath + ": section [" + name + "] is switched off (enable = false)");
      return Optional.empty();
    }
    return Optional.of(credentials(section, name));
  }

  private Credentials credentials(Map<String, String> section, String name) {
    String where = "Section [" + name + "] in " + path;
    String type = section.get("type");
    if (type == null) {
      throw new CredentialsException(where + " has no type; add type = access_key.");
    }
    if (!type.equalsIgnoreCase("access_key")) {
      throw new CredentialsException(where + " has type " + type + ", which ccc-jdbc cannot use;"
          + " the supported type is access_key. Add an access_key section or give the AccessKey to"
          + " the connection directly.");
    }
    String id = section.get("access_key_id");
    String secret = section.get("access_key_secret");
    if (id == null || secret == null) {
      String missing = id == null && secret == null ? "access_key_id and access_key_secret"
          : id == null ? "access_key_id" : "access_key_secret";
      throw new CredentialsException(where + " (type access_key) has no " + missing + ".");
    }
    return new Credentials(id, secret, null);
  }

  private List<String> read() {
    try {
      return Files.readAllLines(path);
    } catch (MalformedInputException e) {
      throw new CredentialsException(path + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new CredentialsException("Cannot read " + path + ": " + e, e);
    }
  }

  /**
   * Sections by name, keys lower-cased. Lines starting with {@code #} or {@code ;} are comments,
   * and so is text after a {@code #} or {@code ;} that follows whitespace. Errors name the line,
   * never its text, which may hold a secret.
   */
  private Map<String, Map<String, String>> parse(List<String> lines) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = withoutTrailingComment(lines.get(i).replace("\uFEFF", "")).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[")) {
        if (!line.endsWith("]") || line.length() == 2) {
          throw malformed(i, "a section header is [name]");
        }
        current = sections.computeIfAbsent(
            line.substring(1, line.length() - 1).strip(), k -> new LinkedHashMap<>());
        continue;
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        throw malformed(i, "expected key = value");
      }
      if (current == null) {
        throw malformed(i, "a key = value line must follow a [section] header");
      }
      String value = Strings.emptyToNull(line.substring(equals + 1).strip());
      if (value != null) {
        current.put(line.substring(0, equals).strip().toLowerCase(Locale.ROOT), value);
      }
    }
    return sections;
  }

  private static String withoutTrailingComment(String line) {
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c == '#' || c == ';') && Character.isWhitespace(line.charAt(i - 1))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private CredentialsException malformed(int lineIndex, String expected) {
    return new CredentialsException(
        path + " line " + (lineIndex + 1) + " cannot be read: " + expected + ".");
  }
}
