package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.CccConfigParsingTest.properties;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.api.Credentials;
import io.cccjdbc.api.CredentialsException;
import io.cccjdbc.api.FakeEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CccConfigCredentialsTest {

  @TempDir
  Path home;

  private Credentials credentials(String url, String... keysAndValues) throws SQLException {
    return credentials(FakeEnvironment.withHome(home), url, keysAndValues);
  }

  private static Credentials credentials(FakeEnvironment environment, String url,
      String... keysAndValues) throws SQLException {
    return CccConfig.parse(url, properties(keysAndValues)).credentials(environment);
  }

  private String failure(String url, String... keysAndValues) {
    SQLException e = assertThrows(SQLException.class, () -> credentials(url, keysAndValues));
    assertEquals("28000", e.getSQLState());
    assertTrue(e instanceof SQLInvalidAuthorizationSpecException, e.getClass().getName());
    return e.getMessage();
  }

  @Test
  void userAndPasswordAreUsedAsTheKeyPair() throws SQLException {
    assertEquals(new Credentials("LTAIid", "secret", null),
        credentials("jdbc:ccc:", "user", "LTAIid", "password", "secret"));
  }

  @Test
  void securityTokenMakesThemTemporaryCredentials() throws SQLException {
    assertEquals(new Credentials("STS.id", "secret", "token"),
        credentials("jdbc:ccc:user=STS.id;password=secret;securityToken=token"));
  }

  @Test
  void userAndPasswordWinOverTheEnvironment() throws SQLException {
    FakeEnvironment environment = FakeEnvironment.withHome(home)
        .variable("ALIBABA_CLOUD_ACCESS_KEY_ID", "envId")
        .variable("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "envSecret");
    assertEquals(new Credentials("id", "secret", null),
        credentials(environment, "jdbc:ccc:user=id;password=secret"));
  }

  @Test
  void userWithoutPasswordSaysWhichHalfIsMissing() {
    assertTrue(failure("jdbc:ccc:user=id").startsWith(
        "user (the AccessKey ID) is set but password (the AccessKey secret) is not"));
  }

  @Test
  void passwordWithoutUserSaysWhichHalfIsMissing() {
    String message = failure("jdbc:ccc:", "password", "s3cr3t");
    assertTrue(message.startsWith(
        "password (the AccessKey secret) is set but user (the AccessKey ID) is not"), message);
    assertFalse(message.contains("s3cr3t"), message);
  }

  @Test
  void tokenWithoutKeyPairIsAnError() {
    assertTrue(failure("jdbc:ccc:securityToken=t").startsWith(
        "securityToken is set but user and password are not"));
  }

  @Test
  void emptyUserFromPropertiesMeansTheChainIsUsed() throws SQLException {
    FakeEnvironment environment = FakeEnvironment.withHome(home)
        .variable("ALIBABA_CLOUD_ACCESS_KEY_ID", "envId")
        .variable("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "envSecret");
    assertEquals(new Credentials("envId", "envSecret", null),
        credentials(environment, "jdbc:ccc:", "user", "", "password", ""));
  }

  @Test
  void profilePropertySelectsTheProfile() throws IOException, SQLException {
    Path ini = home.resolve(".alibabacloud/credentials");
    Files.createDirectories(ini.getParent());
    Files.writeString(ini, "[default]\ntype = access_key\naccess_key_id = a\n"
        + "access_key_secret = b\n[prod]\ntype = access_key\naccess_key_id = prodId\n"
        + "access_key_secret = prodSecret\n");
    assertEquals(new Credentials("prodId", "prodSecret", null),
        credentials("jdbc:ccc:profile=prod"));
  }

  @Test
  void profileIsIgnoredWithAWarningWhenUserAndPasswordAreSet() throws SQLException {
    CccConfig config = CccConfig.parse("jdbc:ccc:user=id;password=secret;profile=prod", null);
    assertEquals(List.of("profile is ignored because user and password are set."),
        config.warnings());
    assertEquals(new Credentials("id", "secret", null),
        config.credentials(FakeEnvironment.withHome(home)));
  }

  @Test
  void nothingFoundIsAnAuthorizationErrorListingEveryPlace() {
    String message = failure("jdbc:ccc:");
    assertTrue(message.startsWith("user and password are not set, so credentials were looked up"
        + " elsewhere. No Alibaba Cloud credentials found"), message);
    assertTrue(message.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"), message);
    assertTrue(message.contains(home.resolve(".aliyun/config.json") + ": does not exist"),
        message);
  }

  @Test
  void chainErrorIsKeptAsTheCause() {
    SQLException e = assertThrows(SQLException.class, () -> credentials("jdbc:ccc:profile=x"));
    assertTrue(e.getCause() instanceof CredentialsException);
  }
}
