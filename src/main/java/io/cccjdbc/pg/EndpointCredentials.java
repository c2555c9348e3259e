package io.cccjdbc.pg;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one login the endpoint accepts, checked with PostgreSQL's MD5 challenge: the password
 * never crosses the socket, and a fresh salt each time makes a captured answer useless. The
 * password is random, so MD5's weakness against guessing common passwords does not apply.
 */
public final class EndpointCredentials {

  /** The user postgres_fdw logs in as: in the user mapping, and in pg-ddl's DDL. */
  public static final String FDW_USER = "ccc_fdw";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String user;
  private final String password;

  public EndpointCredentials(String user, String password) {
    this.user = user;
    this.password = password;
  }

  /** A new random password: 32 bytes, as URL-safe Base64 (no quoting needed anywhere). */
  public static String randomPassword() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  byte[] newSalt() {
    byte[] salt = new byte[4];
    RANDOM.nextBytes(salt);
    return salt;
  }

  boolean accepts(String givenUser, String response, byte[] salt) {
    byte[] expected = ("md5" + md5Hex(concat(
        md5Hex((password + user).getBytes(StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8), salt))).getBytes(StandardCharsets.UTF_8);
    boolean passwordMatches =
        MessageDigest.isEqual(expected, response.getBytes(StandardCharsets.UTF_8));
    return passwordMatches && user.equals(givenUser);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private static String md5Hex(byte[] input) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(input));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
  }

  @Override
  public String toString() {
    return "EndpointCredentials[user=" + user + "]";
  }
}
