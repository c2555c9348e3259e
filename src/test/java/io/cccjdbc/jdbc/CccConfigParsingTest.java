package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.api.Endpoint;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CccConfigParsingTest {

  private static CccConfig parse(String url) throws SQLException {
    return CccConfig.parse(url, null);
  }

  private static CccConfig parse(String url, String... keysAndValues) throws SQLException {
    return CccConfig.parse(url, properties(keysAndValues));
  }

  static Properties properties(String... keysAndValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
    }
    return properties;
  }

  private static SQLException failure(String url, String... keysAndValues) {
    SQLException e = assertThrows(SQLException.class, () -> parse(url, keysAndValues));
    assertEquals("08001", e.getSQLState());
    assertTrue(e instanceof SQLNonTransientConnectionException, e.getClass().getName());
    return e;
  }

  private static String message(String url, String... keysAndValues) {
    return failure(url, keysAndValues).getMessage();
  }

  @Test
  void bareUrlGivesTheDefaults() throws SQLException {
    CccConfig config = parse("jdbc:ccc:");
    assertAll(
        () -> assertEquals("cn-shanghai", config.region()),
        () -> assertEquals(Optional.empty(), config.endpoint()),
        () -> assertEquals("https://ccc.cn-shanghai.aliyuncs.com",
            config.serviceEndpoint().baseUrl()),
        () -> assertEquals(Optional.empty(), config.user()),
        () -> assertEquals(Optional.empty(), config.password()),
        () -> assertEquals(Optional.empty(), config.securityToken()),
        () -> assertEquals(Optional.empty(), config.profile()),
        () -> assertEquals(List.of(), config.instanceIds()),
        () -> assertFalse(config.demo()),
        () -> assertEquals(Duration.ofSeconds(10), config.connectTimeout()),
        () -> assertEquals(Duration.ofSeconds(30), config.readTimeout()),
        () -> assertEquals(List.of(), config.warnings()),
        () -> assertEquals("jdbc:ccc:", config.maskedUrl()));
  }

  @Test
  void everyPropertyIsReadFromTheUrl() throws SQLException {
    CccConfig config = parse("jdbc:ccc:region=cn-beijing;endpoint=https://ccc.example.com:8443;"
        + "user=LTAIid;password=secret;securityToken=token;profile=prod;instanceIds=a,b;"
        + "demo=true;connectTimeout=5;readTimeout=120");
    assertAll(
        () -> assertEquals("cn-beijing", config.region()),
        () -> assertEquals(Optional.of(new Endpoint("https", "ccc.example.com", 8443)),
            config.endpoint()),
        () -> assertEquals(Optional.of("LTAIid"), config.user()),
        () -> assertEquals(Optional.of("secret"), config.password()),
        () -> assertEquals(Optional.of("token"), config.securityToken()),
        () -> assertEquals(Optional.of("prod"), config.profile()),
        () -> assertEquals(List.of("a", "b"), config.instanceIds()),
        () -> assertTrue(config.demo()),
        () -> assertEquals(Duration.ofSeconds(5), config.connectTimeout()),
        () -> assertEquals(Duration.ofSeconds(120), config.readTimeout()));
  }

  @Test
  void keysAreMatchedWithoutRegardToCase() throws SQLException {
    CccConfig config = parse("jdbc:ccc:REGION=cn-beijing;ConnectTimeout=7;DEMO=true",
        "USER", "LTAIid", "readtimeout", "9");
    assertEquals("cn-beijing", config.region());
    assertEquals(Duration.ofSeconds(7), config.connectTimeout());
    assertTrue(config.demo());
    assertEquals(Optional.of("LTAIid"), config.user());
    assertEquals(Duration.ofSeconds(9), config.readTimeout());
  }

  @Test
  void emptySettingsAndATrailingSemicolonAreIgnored() throws SQLException {
    CccConfig config = parse("jdbc:ccc:;demo=true;; ;region=cn-beijing;");
    assertTrue(config.demo());
    assertEquals("cn-beijing", config.region());
  }

  @Test
  void whitespaceAroundKeysAndUnquotedValuesIsDropped() throws SQLException {
    CccConfig config = parse("jdbc:ccc: region = cn-beijing ;\tuser=\tLTAIid ");
    assertEquals("cn-beijing", config.region());
    assertEquals(Optional.of("LTAIid"), config.user());
  }

  @Test
  void quotedValuesMayHoldSemicolonsAndEquals() throws SQLException {
    CccConfig config = parse("jdbc:ccc:password='a;b=c';profile=\"x;y\";user=id");
    assertEquals(Optional.of("a;b=c"), config.password());
    assertEquals(Optional.of("x;y"), config.profile());
    assertEquals(Optional.of("id"), config.user());
  }

  @Test
  void doubledQuoteInsideQuotesStandsForItself() throws SQLException {
    CccConfig config = parse("jdbc:ccc:profile='it''s';user=\"say \"\"hi\"\"\";password='\"'");
    assertEquals(Optional.of("it's"), config.profile());
    assertEquals(Optional.of("say \"hi\""), config.user());
    assertEquals(Optional.of("\""), config.password());
  }

  @Test
  void quotedValuesKeepSurroundingSpaces() throws SQLException {
    assertEquals(Optional.of("  spaced "), parse("jdbc:ccc:profile = '  spaced ' ;").profile());
  }

  @Test
  void equalsSignNeedsNoQuotesInAValue() throws SQLException {
    assertEquals(Optional.of("abc=="), parse("jdbc:ccc:password=abc==").password());
  }

  @Test
  void quoteInsideAnUnquotedValueIsKept() throws SQLException {
    assertEquals(Optional.of("it's"), parse("jdbc:ccc:profile=it's").profile());
  }

  @Test
  void unterminatedQuoteNamesTheKey() {
    String message = message("jdbc:ccc:password='abc;region=x");
    assertTrue(message.contains("the value of 'password' has no closing '"), message);
    assertFalse(message.contains("abc"), message);
  }

  @Test
  void textAfterTheClosingQuoteIsAnError() {
    String message = message("jdbc:ccc:profile='a'b;demo=true");
    assertTrue(message.contains("the quoted value of 'profile' is followed by more text"),
        message);
  }

  @Test
  void settingWithoutEqualsIsAnErrorThatDoesNotQuoteIt() {
    String message = message("jdbc:ccc:demo=true;verbose");
    assertTrue(message.contains("setting 2 has no '='"), message);
    assertFalse(message.contains("verbose"), message);
  }

  @Test
  void splitSecretGivesAQuotingHintWithoutShowingThePieces() {
    String message = message("jdbc:ccc:user=id;password=abc;xyzzy");
    assertTrue(message.contains("put it in quotes: password='...'"), message);
    assertFalse(message.contains("xyzzy"), message);
  }

  @Test
  void settingWithoutKeyIsAnError() {
    assertTrue(message("jdbc:ccc:=cn-beijing").contains("setting 1 has no key before '='"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:mysql://localhost/x", "jdbc:ccc", "JDBC:CCC:"})
  void otherUrlsAreNotAccepted(String url) {
    assertFalse(CccConfig.acceptsUrl(url));
    assertTrue(message(url).startsWith("Not a ccc-jdbc URL"));
  }

  @Test
  void nullUrlIsNotAccepted() {
    assertFalse(CccConfig.acceptsUrl(null));
    assertThrows(SQLException.class, () -> CccConfig.parse(null, new Properties()));
  }

  @Test
  void propertiesAloneAreUsed() throws SQLException {
    CccConfig config = parse("jdbc:ccc:", "region", "cn-beijing", "instanceIds", "x");
    assertEquals("cn-beijing", config.region());
    assertEquals(List.of("x"), config.instanceIds());
  }

  @Test
  void urlValueOverridesPropertiesValueAndSaysSo() throws SQLException {
    CccConfig config = parse("jdbc:ccc:region=cn-beijing", "region", "cn-hangzhou");
    assertEquals("cn-beijing", config.region());
    assertEquals(List.of("region is set both in the URL and in Properties; the URL's value is"
        + " used."), config.warnings());
  }

  @Test
  void sameValueInUrlAndPropertiesIsNoWarning() throws SQLException {
    assertEquals(List.of(), parse("jdbc:ccc:region=cn-beijing", "Region", "cn-beijing").warnings());
  }

  @Test
  void unknownUrlKeyNamesClosestValidKey() {
    String message = message("jdbc:ccc:regoin=cn-beijing");
    assertEquals("Unknown connection property 'regoin' in the URL; did you mean region?"
        + " Valid properties: " + CccProperty.validNames() + ".", message);
    assertTrue(message.contains("region, endpoint, user, password"), message);
  }

  @Test
  void unknownUrlKeyWithoutACloseMatchListsTheValidKeys() {
    String message = message("jdbc:ccc:ssl=true");
    assertFalse(message.contains("did you mean"), message);
    assertTrue(message.contains("Valid properties: region, endpoint, user"), message);
  }

  @Test
  void unknownKeyRightAfterASecretIsNotShown() {
    String message = message("jdbc:ccc:password=abc;xyzzy=q");
    assertFalse(message.contains("xyzzy"), message);
    assertFalse(message.contains("abc"), message);
    assertTrue(message.contains("put it in quotes: password='...'"), message);
  }

  @Test
  void unknownPropertiesKeyIsIgnoredWithAWarning() throws SQLException {
    CccConfig config = parse("jdbc:ccc:", "ApplicationName", "DBeaver", "Regoin", "x");
    assertEquals(List.of(
        "Ignored unknown connection property 'ApplicationName' given in Properties.",
        "Ignored unknown connection property 'Regoin' given in Properties; did you mean region?"),
        config.warnings());
    assertEquals("cn-shanghai", config.region());
  }

  @Test
  void duplicateUrlKeyIsAnErrorNamingIt() {
    String message = message("jdbc:ccc:region=cn-beijing;demo=true;Region=cn-beijing");
    assertTrue(message.contains("The URL sets region twice (as 'region' and 'Region'"), message);
  }

  @Test
  void duplicateUrlKeyIsAnErrorEvenWhenOneValueIsEmpty() {
    assertTrue(message("jdbc:ccc:user=;USER=x").contains("sets user twice"));
  }

  @Test
  void propertiesKeysDifferingOnlyInCaseAreAnError() {
    String message = message("jdbc:ccc:", "user", "a", "USER", "b");
    assertTrue(message.contains("Properties set user twice"), message);
  }

  @Test
  void emptyPropertiesValuesCountAsAbsent() throws SQLException {
    CccConfig config = parse("jdbc:ccc:", "user", "", "password", "  ", "region", "",
        "USER", "id");
    assertEquals(Optional.of("id"), config.user());
    assertEquals(Optional.empty(), config.password());
    assertEquals("cn-shanghai", config.region());
  }

  @Test
  void emptyUrlValuesCountAsAbsent() throws SQLException {
    CccConfig config = parse("jdbc:ccc:region=;user=''", "user", "fromProperties");
    assertEquals("cn-shanghai", config.region());
    assertEquals(Optional.of("fromProperties"), config.user());
  }

  @Test
  void propertiesValuesAreTrimmed() throws SQLException {
    CccConfig config = parse("jdbc:ccc:", "connectTimeout", " 4 ");
    assertEquals(Duration.ofSeconds(4), config.connectTimeout());
  }

  @Test
  void nonStringPropertiesValuesAreIgnored() throws SQLException {
    Properties properties = new Properties();
    properties.put("demo", Boolean.TRUE);
    assertFalse(CccConfig.parse("jdbc:ccc:", properties).demo());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "connectTimeout=abc      | Invalid value 'abc' for connectTimeout (in the URL)."
          + " Accepted: integer from 1 to 300.",
      "connectTimeout=0        | Invalid value '0' for connectTimeout (in the URL)."
          + " Accepted: integer from 1 to 300.",
      "readTimeout=3601        | Invalid value '3601' for readTimeout (in the URL)."
          + " Accepted: integer from 1 to 3600.",
      "readTimeout=-5          | Invalid value '-5' for readTimeout (in the URL).",
      "readTimeout=1.5         | Invalid value '1.5' for readTimeout (in the URL).",
      "readTimeout=99999999999999999999 | Invalid value '99999999999999999999' for readTimeout",
      "demo=maybe              | Invalid value 'maybe' for demo (in the URL)."
          + " Accepted: boolean (true or false).",
      "demo=1                  | Invalid value '1' for demo",
      "region=evil.com/x       | Invalid value 'evil.com/x' for region (in the URL): a region id"
          + " is lower-case letters, digits and '-', such as cn-shanghai.",
      "endpoint=http://example.com | Invalid value 'http://example.com' for endpoint (in the URL):"
          + " http:// is accepted only for a loopback host",
      "endpoint=http://127.0.0.1.evil.com | use https:// or give just the host. Accepted: host,"
          + " host:port, https://host[:port], or http://host[:port] for a loopback host.",
      "endpoint=example.com:99999 | Invalid value 'example.com:99999' for endpoint",
  })
  void invalidValuesNameKeyValueAndAcceptedForm(String setting, String expected) {
    String message = message("jdbc:ccc:" + setting);
    assertTrue(message.contains(expected), message);
  }

  @Test
  void invalidPropertiesValueSaysWhereItCameFrom() {
    String message = message("jdbc:ccc:", "connectTimeout", "ten");
    assertTrue(message.startsWith("Invalid value 'ten' for connectTimeout (in Properties)"),
        message);
  }

  @Test
  void booleansAreCaseInsensitive() throws SQLException {
    assertTrue(parse("jdbc:ccc:demo=TRUE").demo());
    assertFalse(parse("jdbc:ccc:demo=False").demo());
  }

  @Test
  void regionIsKeptInLowerCaseAndChoosesTheEndpoint() throws SQLException {
    CccConfig config = parse("jdbc:ccc:region=CN-Beijing");
    assertEquals("cn-beijing", config.region());
    assertEquals("https://ccc.aliyuncs.com", config.serviceEndpoint().baseUrl());
  }

  @Test
  void endpointOverridesTheRegion() throws SQLException {
    CccConfig config = parse("jdbc:ccc:region=cn-beijing;endpoint=http://127.0.0.1:8080");
    assertEquals("http://127.0.0.1:8080", config.serviceEndpoint().baseUrl());
  }

  @Test
  void instanceIdsAreTrimmedAndDeduplicatedInOrder() throws SQLException {
    CccConfig config = parse("jdbc:ccc:instanceIds=' b, a ,,b, c ,'");
    assertEquals(List.of("b", "a", "c"), config.instanceIds());
  }

  @Test
  void instanceIdsOfOnlyCommasAreEmpty() throws SQLException {
    assertEquals(List.of(), parse("jdbc:ccc:instanceIds=,,").instanceIds());
  }
}
