package io.cccjdbc.api;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Strings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds credentials the way Alibaba Cloud's default chain does, for connections that were given
 * none: system properties, then environment variables, then a profile from the aliyun CLI's
 * {@code ~/.aliyun/config.json}, then from the ini file {@code ~/.alibabacloud/credentials}.
 */
public final class CredentialsChain {

  static final String PROFILE_VARIABLE = "ALIBABA_CLOUD_PROFILE";
  static final String CREDENTIALS_FILE_VARIABLE = "ALIBABA_CLOUD_CREDENTIALS_FILE";
  static final String CLI_PROFILE_DISABLED_VARIABLE = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";

  private final Environment environment;

  public CredentialsChain(Environment environment) {
    this.environment = requireNonNull(environment, "environment");
  }

  /**
   * The first credentials found.
   *
   * @param profile a profile the caller named, or null. A named profile is looked up in the
   *     files only: whoever names one means it, and a key pair left in the environment must not
   *     silently win over it. Otherwise the profile is {@code ALIBABA_CLOUD_PROFILE}, else each
   *     file's default.
   * @throws CredentialsException when nothing is found (the message lists every place looked at,
   *     and why each gave nothing), or a source holds half a key pair or an unusable profile
   */
  public Credentials resolve(String profile) {
    List<String> trail = new ArrayList<>();
    String named = Strings.emptyToNull(profile == null ? null : profile.strip());
    if (named == null) {
      Optional<Credentials> found = KeyPairSource.systemProperties(environment).read(trail)
          .or(() -> KeyPairSource.environmentVariables(environment).read(trail));
      if (found.isPresent()) {
        return found.get();
      }
    }
    String fromVariable = variable(PROFILE_VARIABLE);
    String requested = named != null ? named : fromVariable;
    for (ProfileFile file : profileFiles(trail)) {
      Optional<Credentials> found = file.find(requested, trail);
      if (found.isPresent()) {
        return found.get();
      }
    }
    String which = named != null ? "'" + named + "', named by the connection"
        : fromVariable != null ? "'" + fromVariable + "', from " + PROFILE_VARIABLE
        : "each file's default";
    throw new CredentialsException("No Alibaba Cloud credentials found (profile: " + which
        + "). Looked at, in order:\n  - " + String.join("\n  - ", trail));
  }

  private List<ProfileFile> profileFiles(List<String> trail) {
    Path home = environment.homeDirectory();
    List<ProfileFile> files = new ArrayList<>();
    Path cliConfig = home.resolve(".aliyun").resolve("config.json");
    if ("true".equalsIgnoreCase(variable(CLI_PROFILE_DISABLED_VARIABLE))) {
      trail.add(cliConfig + ": skipped, " + CLI_PROFILE_DISABLED_VARIABLE + " is true");
    } else {
      files.add(new CliConfigFile(cliConfig));
    }
    String override = variable(CREDENTIALS_FILE_VARIABLE);
    if (override != null) {
      files.add(new SharedCredentialsFile(
          pathFromVariable(override), " (from " + CREDENTIALS_FILE_VARIABLE + ")"));
    } else {
      Path directory = home.resolve(".alibabacloud");
      files.add(new SharedCredentialsFile(directory.resolve("credentials"), ""));
      files.add(new SharedCredentialsFile(directory.resolve("credentials.ini"), ""));
    }
    return files;
  }

  private static Path pathFromVariable(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new CredentialsException(CREDENTIALS_FILE_VARIABLE + " is not a valid path.", e);
    }
  }

  private String variable(String name) {
    String value = environment.environmentVariable(name);
    return value == null ? null : Strings.emptyToNull(value.strip());
  }
}
