package io.cccjdbc.api;

/**
 * Which call failed, as messages name it: the action and the parameter that tells calls
 * of that action apart (e.g. {@code GetInstance InstanceId=ccc-test}).
 */
public record ApiRequest(String action, String subject) {

  /** Instance ids come from SQL and may be huge; a message needs only enough to recognize one. */
  private static final int MAX_SUBJECT_CHARS = 120;

  @Override
  public String toString() {
    String shown = subject.length() <= MAX_SUBJECT_CHARS
        ? subject
        : subject.substring(0, MAX_SUBJECT_CHARS) + "...";
    return action + " " + shown;
  }
}
