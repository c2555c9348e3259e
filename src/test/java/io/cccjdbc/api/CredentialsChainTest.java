package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsChainTest {

  @TempDir
  Path home;

  private FakeEnvironment environment() {
    return FakeEnvironment.withHome(home);
  }

  private Credentials resolve(Environment environment) {
    return new CredentialsChain(environment).resolve(null);
  }

  private String failure(Environment environment, String profile) {
    return assertThrows(CredentialsException.class,
        () -> new CredentialsChain(environment).resolve(profile)).getMessage();
  }

  private void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path cliConfig() {
    return home.resolve(".aliyun/config.json");
  }

  private Path iniFile() {
    return home.resolve(".alibabacloud/credentials");
  }

  private void writeCliConfig(String current, String... profiles) {
    write(cliConfig(), "{\"current\": \"" + current + "\", \"profiles\": ["
        + String.join(",", profiles) + "], \"meta_path\": \"\"}");
  }

  private static String akProfile(String name, String id, String secret) {
    return "{\"name\": \"" + name + "\", \"mode\": \"AK\", \"access_key_id\": \"" + id
        + "\", \"access_key_secret\": \"" + secret + "\", \"sts_token\": \"\","
        + " \"region_id\": \"cn-shanghai\", \"output_format\": \"json\", \"language\": \"en\"}";
  }

  private static String iniSection(String name, String id, String secret) {
    return "[" + name + "]\nenable = true\ntype = access_key\naccess_key_id = " + id
        + "\naccess_key_secret = " + secret + "\n";
  }

  private FakeEnvironment everySourceSet() {
    writeCliConfig("default", akProfile("default", "cliId", "cliSecret"));
    write(iniFile(), iniSection("default", "iniId", "iniSecret"));
    return environment()
        .property("alibabacloud.accessKeyId", "propId")
        .property("alibabacloud.accessKeySecret", "propSecret")
        .variable("ALIBABA_CLOUD_ACCESS_KEY_ID", "envId")
        .variable("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "envSecret");
  }

  @Test
  void systemPropertiesComeFirst() {
    assertEquals(new Credentials("propId", "propSecret", null), resolve(everySourceSet()));
  }

  @Test
  void sessionTokenSystemPropertyMakesStsCredentials() {
    FakeEnvironment environment = everySourceSet().property("alibabacloud.sessionToken", "tok");
    assertEquals(new Credentials("propId", "propSecret", "tok"), resolve(environment));
  }

  @Test
  void environmentVariablesComeSecond() {
    FakeEnvironment environment = everySourceSet()
        .property("alibabacloud.accessKeyId", "")
        .property("alibabacloud.accessKeySecret", "  ")
        .variable("ALIBABA_CLOUD_SECURITY_TOKEN", "envToken");
    assertEquals(new Credentials("envId", "envSecret", "envToken"), resolve(environment));
  }

  @Test
  void cliConfigComesBeforeTheIniFile() {
    everySourceSet();
    assertEquals(new Credentials("cliId", "cliSecret", null), resolve(environment()));
  }

  @Test
  void iniFileComesLast() {
    everySourceSet();
    writeCliConfig("default", akProfile("other", "x", "y"));
    assertEquals(new Credentials("iniId", "iniSecret", null), resolve(environment()));
  }

  @Test
  void cliConfigUsesItsCurrentProfile() {
    writeCliConfig("work",
        akProfile("default", "a", "b"), akProfile("work", "workId", "workSecret"));
    assertEquals(new Credentials("workId", "workSecret", null), resolve(environment()));
  }

  @Test
  void cliConfigWithoutCurrentUsesDefault() {
    write(cliConfig(), "{\"profiles\": [" + akProfile("default", "a", "b") + "]}");
    assertEquals(new Credentials("a", "b", null), resolve(environment()));
  }

  @Test
  void cliConfigStsTokenProfileGivesTemporaryCredentials() {
    writeCliConfig("sts", "{\"name\": \"sts\", \"mode\": \"StsToken\","
        + " \"access_key_id\": \"STS.id\", \"access_key_secret\": \"stsSecret\","
        + " \"sts_token\": \"stsToken\"}");
    assertEquals(new Credentials("STS.id", "stsSecret", "stsToken"), resolve(environment()));
  }

  @Test
  void cliConfigModeIsMatchedWithoutRegardToCase() {
    writeCliConfig("default", "{\"name\": \"default\", \"mode\": \"ak\", \"access_key_id\": \"a\","
        + " \"access_key_secret\": \"b\"}");
    assertEquals(new Credentials("a", "b", null), resolve(environment()));
  }

  @Test
  void akModeIgnoresALeftoverStsToken() {
    writeCliConfig("default", "{\"name\": \"default\", \"mode\": \"AK\", \"access_key_id\": \"a\","
        + " \"access_key_secret\": \"b\", \"sts_token\": \"old\"}");
    assertEquals(new Credentials("a", "b", null), resolve(environment()));
  }

  @Test
  void iniDefaultSectionIsUsed() {
    write(iniFile(), "# shared with other tools\n" + iniSection("other", "o", "p")
        + iniSection("default", "iniId", "iniSecret"));
    assertEquals(new Credentials("iniId", "iniSecret", null), resolve(environment()));
  }

  @Test
  void iniSectionWithoutEnableIsOn() {
    write(iniFile(), "[default]\ntype = access_key\naccess_key_id = a\naccess_key_secret = b\n");
    assertEquals(new Credentials("a", "b", null), resolve(environment()));
  }

  @Test
  void iniCommentsAndSpacingAreTolerated() {
    write(iniFile(), "\uFEFF; comment\n  [default]   # the default\n"
        + "type=access_key\n\taccess_key_id =   a#b  ; not part of the value\n"
        + "ACCESS_KEY_SECRET\t=\tc\n");
    assertEquals(new Credentials("a#b", "c", null), resolve(environment()));
  }

  @Test
  void iniFileMayBeNamedCredentialsIni() {
    write(home.resolve(".alibabacloud/credentials.ini"), iniSection("default", "a", "b"));
    assertEquals(new Credentials("a", "b", null), resolve(environment()));
  }

  @Test
  void namedProfileIsFoundInTheIniFile() {
    write(iniFile(), iniSection("default", "a", "b") + iniSection("prod", "prodId", "prodSecret"));
    assertEquals(new Credentials("prodId", "prodSecret", null),
        new CredentialsChain(environment()).resolve("prod"));
  }

  @Test
  void namedProfileIsFoundInTheCliConfig() {
    writeCliConfig("default", akProfile("default", "a", "b"), akProfile("prod", "p", "q"));
    assertEquals(new Credentials("p", "q", null),
        new CredentialsChain(environment()).resolve("prod"));
  }

  @Test
  void namedProfileWinsOverSystemPropertiesAndEnvironmentVariables() {
    FakeEnvironment environment = everySourceSet();
    write(iniFile(), iniSection("prod", "prodId", "prodSecret"));
    assertEquals(new Credentials("prodId", "prodSecret", null),
        new CredentialsChain(environment).resolve("prod"));
  }

  @Test
  void profileVariableSelectsTheProfile() {
    writeCliConfig("default", akProfile("default", "a", "b"));
    write(iniFile(), iniSection("default", "c", "d") + iniSection("ci", "ciId", "ciSecret"));
    FakeEnvironment environment = environment().variable("ALIBABA_CLOUD_PROFILE", "ci");
    assertEquals(new Credentials("ciId", "ciSecret", null), resolve(environment));
  }

  @Test
  void namedProfileWinsOverTheProfileVariable() {
    write(iniFile(), iniSection("ci", "a", "b") + iniSection("prod", "c", "d"));
    FakeEnvironment environment = environment().variable("ALIBABA_CLOUD_PROFILE", "ci");
    assertEquals(new Credentials("c", "d", null),
        new CredentialsChain(environment).resolve("prod"));
  }

  @Test
  void credentialsFileVariableReplacesTheDefaultIniPaths() {
    write(iniFile(), iniSection("default", "a", "b"));
    Path custom = home.resolve("elsewhere/my.ini");
    write(custom, iniSection("default", "customId", "customSecret"));
    FakeEnvironment environment =
        environment().variable("ALIBABA_CLOUD_CREDENTIALS_FILE", custom.toString());
    assertEquals(new Credentials("customId", "customSecret", null), resolve(environment));
  }

  @Test
  void credentialsFileVariablePointingNowhereIsReported() {
    write(iniFile(), iniSection("default", "a", "b"));
    Path missing = home.resolve("missing.ini");
    String message = failure(
        environment().variable("ALIBABA_CLOUD_CREDENTIALS_FILE", missing.toString()), null);
    assertTrue(message.contains(missing + " (from ALIBABA_CLOUD_CREDENTIALS_FILE): does not exist"),
        message);
    assertFalse(message.contains(iniFile().toString()), message);
  }

  @Test
  void cliConfigCanBeSwitchedOff() {
    writeCliConfig("default", akProfile("default", "a", "b"));
    write(iniFile(), iniSection("default", "c", "d"));
    FakeEnvironment environment =
        environment().variable("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true");
    assertEquals(new Credentials("c", "d", null), resolve(environment));
  }

  @Test
  void unsupportedCliModeNamesProfileAndModeAndWhatWorks() {
    writeCliConfig("role", "{\"name\": \"role\", \"mode\": \"RamRoleArn\","
        + " \"access_key_id\": \"a\", \"access_key_secret\": \"s3cr3t\","
        + " \"ram_role_arn\": \"acs:ram::1:role/x\"}");
    String message = failure(environment(), null);
    assertAll(
        () -> assertTrue(message.contains("Profile 'role'"), message),
        () -> assertTrue(message.contains(cliConfig().toString()), message),
        () -> assertTrue(message.contains("mode RamRoleArn"), message),
        () -> assertTrue(message.contains("AK and StsToken"), message),
        () -> assertFalse(message.contains("s3cr3t"), message));
  }

  @Test
  void ecsRamRoleProfileIsUnsupported() {
    writeCliConfig("ecs",
        "{\"name\": \"ecs\", \"mode\": \"EcsRamRole\", \"ram_role_name\": \"r\"}");
    assertTrue(failure(environment(), null).contains("mode EcsRamRole"));
  }

  @Test
  void unsupportedIniTypeNamesSectionAndType() {
    write(iniFile(), "[default]\ntype = ecs_ram_role\nrole_name = EcsRamRoleTest\n");
    String message = failure(environment(), null);
    assertTrue(message.contains("Section [default]"), message);
    assertTrue(message.contains("type ecs_ram_role"), message);
    assertTrue(message.contains("supported type is access_key"), message);
  }

  @Test
  void iniSectionWithoutTypeSaysWhatToAdd() {
    write(iniFile(), "[default]\naccess_key_id = a\naccess_key_secret = b\n");
    assertTrue(failure(environment(), null).contains("add type = access_key"));
  }

  @Test
  void switchedOffIniSectionIsSkippedAndReported() {
    write(iniFile(), "[default]\nenable = false\ntype = access_key\naccess_key_id = a\n"
        + "access_key_secret = b\n");
    String message = failure(environment(), null);
    assertTrue(message.contains("section [default] is switched off (enable = false)"), message);
  }

  @Test
  void systemPropertyIdWithoutSecretSaysWhichHalfIsMissing() {
    String message = failure(environment().property("alibabacloud.accessKeyId", "id"), null);
    assertEquals("The system property alibabacloud.accessKeyId is set but"
        + " alibabacloud.accessKeySecret is not; set both, or neither.", message);
  }

  @Test
  void environmentSecretWithoutIdSaysWhichHalfIsMissing() {
    String message = failure(
        environment().variable("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s3cr3t"), null);
    assertTrue(message.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but"
        + " ALIBABA_CLOUD_ACCESS_KEY_ID is not"), message);
    assertFalse(message.contains("s3cr3t"), message);
  }

  @Test
  void tokenWithoutKeyPairIsAnError() {
    String message = failure(environment().variable("ALIBABA_CLOUD_SECURITY_TOKEN", "t"), null);
    assertTrue(message.contains("ALIBABA_CLOUD_SECURITY_TOKEN is set but"), message);
  }

  @Test
  void partialCliProfileSaysWhichFieldIsMissing() {
    writeCliConfig("default", "{\"name\": \"default\", \"mode\": \"AK\", \"access_key_id\": \"a\","
        + " \"access_key_secret\": \"\"}");
    assertTrue(failure(environment(), null).endsWith("(mode AK) has no access_key_secret."));
  }

  @Test
  void stsTokenProfileWithoutTokenSaysSo() {
    writeCliConfig("default", "{\"name\": \"default\", \"mode\": \"StsToken\", \"access_key_id\":"
        + " \"a\", \"access_key_secret\": \"b\"}");
    assertTrue(failure(environment(), null).endsWith("(mode StsToken) has no sts_token."));
  }

  @Test
  void partialIniSectionSaysWhichKeyIsMissing() {
    write(iniFile(), "[default]\ntype = access_key\naccess_key_secret = s3cr3t\n");
    String message = failure(environment(), null);
    assertTrue(message.endsWith("(type access_key) has no access_key_id."), message);
    assertFalse(message.contains("s3cr3t"), message);
  }

  @Test
  void nothingFoundListsEveryPlaceLookedAt() {
    String message = failure(environment(), null);
    assertAll(
        () -> assertTrue(message.startsWith("No Alibaba Cloud credentials found"), message),
        () -> assertTrue(message.contains("(profile: each file's default)"), message),
        () -> assertTrue(message.contains("system properties alibabacloud.accessKeyId and"
            + " alibabacloud.accessKeySecret: not set"), message),
        () -> assertTrue(message.contains("environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and"
            + " ALIBABA_CLOUD_ACCESS_KEY_SECRET: not set"), message),
        () -> assertTrue(message.contains(cliConfig() + ": does not exist"), message),
        () -> assertTrue(message.contains(iniFile() + ": does not exist"), message),
        () -> assertTrue(message.contains(iniFile() + ".ini: does not exist"), message));
  }

  @Test
  void nothingFoundSaysWhichProfilesTheFilesHave() {
    writeCliConfig("default", akProfile("dev", "a", "b"));
    write(iniFile(), iniSection("test", "a", "b"));
    String message = failure(environment().variable("ALIBABA_CLOUD_PROFILE", "prod"), null);
    assertAll(
        () -> assertTrue(message.contains("(profile: 'prod', from ALIBABA_CLOUD_PROFILE)"),
            message),
        () -> assertTrue(message.contains(cliConfig()
            + ": has no profile 'prod'; profiles there: dev"), message),
        () -> assertTrue(message.contains(iniFile()
            + ": has no section [prod]; sections there: test"), message));
  }

  @Test
  void nothingFoundForANamedProfileListsOnlyTheFiles() {
    String message = failure(everySourceSet(), "prod");
    assertTrue(message.contains("(profile: 'prod', named by the connection)"), message);
    assertFalse(message.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"), message);
    assertTrue(message.contains("has no profile 'prod'"), message);
  }

  @Test
  void malformedJsonNamesThePlaceButNotTheText() {
    write(cliConfig(), "{\"profiles\": [{\"access_key_secret\": s3cr3tUnquoted}]}");
    String message = failure(environment(), null);
    assertTrue(message.contains(cliConfig() + " is not valid JSON (line 1, column"), message);
    assertFalse(message.contains("s3cr3t"), message);
  }

  @Test
  void jsonOfTheWrongShapeIsReported() {
    write(cliConfig(), "[\"s3cr3t\"]");
    String message = failure(environment(), null);
    assertTrue(message.contains("is not an aliyun CLI configuration"), message);
    assertFalse(message.contains("s3cr3t"), message);
  }

  @Test
  void malformedIniNamesTheLineButNotTheText() {
    write(iniFile(), "[default]\ntype = access_key\ns3cr3tWithoutEquals\n");
    String message = failure(environment(), null);
    assertEquals(iniFile() + " line 3 cannot be read: expected key = value.", message);
  }

  @Test
  void iniKeyBeforeAnySectionIsReported() {
    write(iniFile(), "access_key_id = a\n");
    assertTrue(failure(environment(), null).contains("line 1 cannot be read"));
  }

  @Test
  void nonUtf8IniIsReported() throws IOException {
    Files.createDirectories(iniFile().getParent());
    Files.write(iniFile(), new byte[] {'[', (byte) 0xff, ']', '\n'});
    assertTrue(failure(environment(), null).contains("is not UTF-8 text"));
  }

  @Test
  void directoryWhereAFileShouldBeIsReported() throws IOException {
    Files.createDirectories(cliConfig());
    assertTrue(failure(environment(), null).startsWith("Cannot read " + cliConfig()));
  }

  @Test
  void invalidCredentialsFilePathIsReported() {
    String message = failure(
        environment().variable("ALIBABA_CLOUD_CREDENTIALS_FILE", "bad\u0000path"), null);
    assertEquals("ALIBABA_CLOUD_CREDENTIALS_FILE is not a valid path.", message);
  }
}
