package io.cccjdbc.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Strings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The aliyun CLI's {@code ~/.aliyun/config.json}: {@code {"current": NAME, "profiles": [{"name",
 * "mode", "access_key_id", "access_key_secret", "sts_token", ...}]}}. Only the modes that hold a
 * key pair outright are usable here; the others need calls to STS or ECS metadata.
 */
final class CliConfigFile implements ProfileFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;

  CliConfigFile(Path path) {
    this.path = path;
  }

  @Override
  public Optional<Credentials> find(String profile, List<String> trail) {
    if (!Files.exists(path)) {
      trail.add(path + ": does not exist");
      return Optional.empty();
    }
    JsonNode root = read();
    String name = profile != null ? profile : defaultProfile(root);
    List<String> names = new ArrayList<>();
    for (JsonNode entry : root.path("profiles")) {
      if (!entry.isObject()) {
        continue;
      }
      String entryName = text(entry, "name");
      if (name.equals(entryName)) {
        return Optional.of(credentials(entry, name));
      }
      if (entryName != null) {
        names.add(entryName);
      }
    }
    trail.add(path + ": has no profile '" + name + "'"
        + (profile == null ? " (its current profile)" : "") + "; profiles there: "
        + (names.isEmpty() ? "none" : String.join(", ", names)));
    return Optional.empty();
  }

  private JsonNode read() {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(path));
    } catch (JsonProcessingException e) {
      // Jackson's message can quote the text near the error, which may be a secret.
      JsonLocation at = e.getLocation();
      throw new CredentialsException(path + " is not valid JSON"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new CredentialsException("Cannot read " + path + ": " + e, e);
    }
    if (root == null || !root.isObject() || !root.path("profiles").isArray()) {
      throw new CredentialsException(path + " is not an aliyun CLI configuration: expected a JSON"
          + " object with \"current\" and \"profiles\"");
    }
    return root;
  }

  private static String defaultProfile(JsonNode root) {
    String current = text(root, "current");
    return current != null ? current : "default";
  }

  private Credentials credentials(JsonNode entry, String name) {
    String mode = Strings.nullToEmpty(text(entry, "mode"));
    boolean sts = mode.equalsIgnoreCase("StsToken");
    if (!sts && !mode.equalsIgnoreCase("AK")) {
      throw new CredentialsException("Profile '" + name + "' in " + path + " has mode "
          + (mode.isEmpty() ? "(none)" : mode) + ", which ccc-jdbc cannot use; supported modes are"
          + " AK and StsToken. Configure such a profile (aliyun configure --mode AK --profile NAME)"
          + " or give the AccessKey to the connection directly.");
    }
    String where = "Profile '" + name + "' in " + path + " (mode " + mode + ")";
    String id = text(entry, "access_key_id");
    String secret = text(entry, "access_key_secret");
    String token = text(entry, "sts_token");
    if (id == null || secret == null || (sts && token == null)) {
      List<String> missing = new ArrayList<>();
      if (id == null) {
        missing.add("access_key_id");
      }
      if (secret == null) {
        missing.add("access_key_secret");
      }
      if (sts && token == null) {
        missing.add("sts_token");
      }
      throw new CredentialsException(where + " has no " + String.join(" and ", missing) + ".");
    }
    return new Credentials(id, secret, sts ? token : null);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    return Strings.emptyToNull(value.asText().strip());
  }
}
