package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CredentialsTest {

  @Test
  void toStringShowsTheIdButNeitherSecretNorToken() {
    String text = new Credentials("LTAIid", "s3cr3tValue", "t0kenValue").toString();
    assertTrue(text.contains("LTAIid"), text);
    assertFalse(text.contains("s3cr3tValue"), text);
    assertFalse(text.contains("t0kenValue"), text);
  }

  @Test
  void emptyTokenMeansNone() {
    assertNull(new Credentials("id", "secret", "").securityToken());
    assertTrue(new Credentials("id", "secret", null).toString().contains("securityToken=none"));
  }

  @Test
  void incompletePairIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Credentials("", "secret", null));
    assertThrows(IllegalArgumentException.class, () -> new Credentials("id", null, null));
  }

  @Test
  void digestIsSha256HexOverAllParts() {
    String digest = new Credentials("id", "secret", "token").digest();
    assertTrue(digest.matches("[0-9a-f]{64}"), digest);
    assertEquals(digest, new Credentials("id", "secret", "token").digest());
    assertNotEquals(digest, new Credentials("id", "secret", null).digest());
    assertNotEquals(digest, new Credentials("id", "secret", "token2").digest());
    assertNotEquals(digest, new Credentials("id", "secret2", "token").digest());
  }

  @Test
  void digestCannotBeFooledByMovingCharactersBetweenParts() {
    assertNotEquals(new Credentials("ab", "c", null).digest(),
        new Credentials("a", "bc", null).digest());
    assertNotEquals(new Credentials("a", "b", "c").digest(),
        new Credentials("a", "bc", null).digest());
  }

  @Test
  void digestDoesNotContainTheSecret() {
    Credentials credentials = new Credentials("id", "secret", null);
    assertFalse(credentials.digest().contains("secret"));
  }
}
