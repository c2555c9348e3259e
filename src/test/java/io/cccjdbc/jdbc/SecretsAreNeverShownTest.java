package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.CccConfigParsingTest.properties;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsAreNeverShownTest {

  private static final String SECRET = "Sup3rS3cretValue";
  private static final String TOKEN = "T0kenValueXYZ";

  private static void assertHidesSecrets(String text) {
    assertFalse(text.contains(SECRET), text);
    assertFalse(text.contains(TOKEN), text);
    assertFalse(text.contains("S3cret"), text);
  }

  @Test
  void toStringMasksSecretsAndShowsTheRest() throws SQLException {
    CccConfig config = CccConfig.parse("jdbc:ccc:user=LTAIid;password=" + SECRET
        + ";securityToken=" + TOKEN + ";instanceIds=a,b", null);
    String text = config.toString();
    assertHidesSecrets(text);
    assertTrue(text.startsWith("CccConfig{region=cn-shanghai, user=LTAIid, password=***,"
        + " securityToken=***, instanceIds=[a, b], demo=false, connectTimeout=10, readTimeout=30,"),
        text);
  }

  @Test
  void toStringMasksSecretsFromProperties() throws SQLException {
    CccConfig config = CccConfig.parse("jdbc:ccc:", properties("password", SECRET));
    assertHidesSecrets(config.toString());
  }

  @Test
  void maskedUrlReplacesSecretValues() throws SQLException {
    CccConfig config = CccConfig.parse("jdbc:ccc:region=cn-beijing;user=LTAIid;Password='"
        + SECRET + ";x';SecurityToken=\"" + TOKEN + "\";profile='a;b'", null);
    assertEquals("jdbc:ccc:region=cn-beijing;user=LTAIid;Password=***;SecurityToken=***;"
        + "profile='a;b'", config.maskedUrl());
  }

  @Test
  void proxyAndTrustStorePasswordsAreSecretsToo() throws SQLException {
    CccConfig config = CccConfig.parse("jdbc:ccc:proxyHost=proxy.corp.example;proxyPort=3128;"
        + "proxyUser=bob;proxyPassword=" + SECRET + ";trustStore=/etc/corp.p12;"
        + "trustStorePassword=" + TOKEN, null);

    assertEquals("jdbc:ccc:proxyHost=proxy.corp.example;proxyPort=3128;proxyUser=bob;"
        + "proxyPassword=***;trustStore=/etc/corp.p12;trustStorePassword=***", config.maskedUrl());
    assertHidesSecrets(config.toString());
    assertTrue(config.toString().contains("proxyPassword=***"), config.toString());
    DriverPropertyInfo[] infos = CccConfig.propertyInfo(config.maskedUrl().replace("***", SECRET),
        null);
    assertNull(infos[CccProperty.PROXY_PASSWORD.ordinal()].value);
    assertNull(infos[CccProperty.TRUST_STORE_PASSWORD.ordinal()].value);
  }

  @Test
  void theNetworkSettingsHandedToTheHttpLayerDoNotShowTheProxyPassword() throws SQLException {
    CccConfig config = CccConfig.parse("jdbc:ccc:proxyHost=proxy.corp.example;proxyPort=3128;"
        + "proxyUser=bob;proxyPassword=" + SECRET, null);

    String shown = config.httpSettings().toString();
    assertHidesSecrets(shown);
    assertTrue(shown.contains("proxy.corp.example:3128"), shown);
  }

  @Test
  void maskedUrlQuotesValuesThatNeedIt() throws SQLException {
    CccConfig config = CccConfig.parse("jdbc:ccc:profile=' it''s '", null);
    assertEquals("jdbc:ccc:profile=' it''s '", config.maskedUrl());
    assertEquals(config.profile(), CccConfig.parse(config.maskedUrl(), null).profile());
  }

  @Test
  void errorsAboutOtherSettingsDoNotShowSecrets() {
    List<String> messages = new ArrayList<>();
    for (String url : List.of(
        "jdbc:ccc:password=" + SECRET + ";connectTimeout=bad",
        "jdbc:ccc:password=" + SECRET + ";password=" + SECRET,
        "jdbc:ccc:password=" + SECRET + ";" + SECRET.substring(4),
        "jdbc:ccc:password=" + SECRET.substring(0, 4) + ";" + SECRET.substring(4) + "=x",
        "jdbc:ccc:password='" + SECRET,
        "jdbc:ccc:securityToken=\"" + TOKEN + "\"x",
        "jdbc:ccc:securityToken=" + TOKEN + ";=" + SECRET)) {
      messages.add(assertThrows(SQLException.class, () -> CccConfig.parse(url, null))
          .getMessage());
    }
    messages.add(assertThrows(SQLException.class, () -> CccConfig.parse("jdbc:ccc:",
        properties("password", SECRET, "PASSWORD", TOKEN))).getMessage());
    messages.forEach(SecretsAreNeverShownTest::assertHidesSecrets);
  }

  @Test
  void warningsDoNotShowSecrets() throws SQLException {
    CccConfig config = CccConfig.parse("jdbc:ccc:user=id;password=" + SECRET + ";profile=p",
        properties("password", TOKEN, "passwd", SECRET));
    assertEquals(3, config.warnings().size(), config.warnings().toString());
    config.warnings().forEach(SecretsAreNeverShownTest::assertHidesSecrets);
  }

  @Test
  void propertyInfoLeavesSecretValuesOut() {
    DriverPropertyInfo[] infos = CccConfig.propertyInfo("jdbc:ccc:password=" + SECRET,
        properties("securityToken", TOKEN));
    for (DriverPropertyInfo info : infos) {
      if (info.value != null) {
        assertHidesSecrets(info.value);
      }
    }
    assertNull(infos[CccProperty.PASSWORD.ordinal()].value);
    assertNull(infos[CccProperty.SECURITY_TOKEN.ordinal()].value);
  }
}
