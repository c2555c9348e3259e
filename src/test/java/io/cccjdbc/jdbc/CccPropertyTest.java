package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CccPropertyTest {

  @Test
  void namesAreUniqueWithoutRegardToCase() {
    Set<String> names = new HashSet<>();
    for (CccProperty property : CccProperty.values()) {
      assertTrue(names.add(property.propertyName().toLowerCase(Locale.ROOT)),
          property.propertyName());
    }
  }

  @ParameterizedTest
  @EnumSource(CccProperty.class)
  void everyDefaultIsAcceptedByItsOwnType(CccProperty property) {
    if (property.defaultValue() != null) {
      assertDoesNotThrow(() -> property.type().parse(property.defaultValue()));
    }
  }

  @ParameterizedTest
  @EnumSource(CccProperty.class)
  void everyPropertyIsDescribedInSentences(CccProperty property) {
    String description = property.description();
    assertTrue(Character.isUpperCase(description.charAt(0)), description);
    assertTrue(description.endsWith("."), description);
    assertFalse(property.form().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(CccProperty.class)
  void choicesAreAcceptedValues(CccProperty property) {
    for (String choice : property.choices()) {
      assertDoesNotThrow(() -> property.type().parse(choice));
    }
  }

  @Test
  void secretsArePasswordsAndTheSecurityTokenAndHaveNoDefault() {
    Set<CccProperty> secrets = Arrays.stream(CccProperty.values())
        .filter(CccProperty::isSecret).collect(Collectors.toSet());
    assertEquals(Set.of(CccProperty.PASSWORD, CccProperty.SECURITY_TOKEN,
        CccProperty.PROXY_PASSWORD, CccProperty.TRUST_STORE_PASSWORD), secrets);
    secrets.forEach(secret -> assertNull(secret.defaultValue()));
  }

  @Test
  void namesAreFoundWithoutRegardToCase() {
    assertEquals(Optional.of(CccProperty.CONNECT_TIMEOUT), CccProperty.forName("CONNECTTIMEOUT"));
    assertEquals(Optional.of(CccProperty.INSTANCE_IDS), CccProperty.forName("instanceids"));
    assertEquals(Optional.empty(), CccProperty.forName("instance_ids "));
  }

  @ParameterizedTest
  @CsvSource({"regoin,region", "Regin,region", "usr,user", "pasword,password",
      "instanceId,instanceIds", "instance_ids,instanceIds", "readtimout,readTimeout",
      "ConnectTimeOuts,connectTimeout", "securitytoken_,securityToken", "endpiont,endpoint"})
  void typosSuggestTheClosestName(String typo, String expected) {
    assertEquals(expected, CccProperty.closestTo(typo).orElseThrow().propertyName());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ssl", "ApplicationName", "x", "", "timeout"})
  void unrelatedNamesSuggestNothing(String name) {
    assertEquals(Optional.empty(), CccProperty.closestTo(name));
  }

  @Test
  void hugeNamesSuggestNothingQuickly() {
    assertEquals(Optional.empty(), CccProperty.closestTo("r".repeat(1_000_000)));
  }
}
