package io.cccjdbc.api;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One request of an action with its own parameters (not the signature's): what is fetched,
 * shared between statements and cached, and what messages name, such as
 * {@code GetInstance InstanceId=ccc-test} or {@code ListUsers InstanceId=ccc-test PageNumber=2}.
 */
public record ApiRequest(ApiAction action, SortedMap<String, String> parameters) {

  public static final String PAGE_NUMBER = "PageNumber";
  public static final String PAGE_SIZE = "PageSize";

  /** Values come from SQL and may be huge; a message needs only enough to recognize one. */
  private static final int MAX_SUBJECT_CHARS = 120;

  public ApiRequest {
    Objects.requireNonNull(action, "action");
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    parameters.forEach((name, value) -> Objects.requireNonNull(value, name));
  }

  public static ApiRequest of(ApiAction action, Map<String, String> parameters) {
    return new ApiRequest(action, new TreeMap<>(parameters));
  }

  /** This request for one page of its list. */
  public ApiRequest page(int number, int size) {
    TreeMap<String, String> paged = new TreeMap<>(parameters);
    paged.put(PAGE_NUMBER, Integer.toString(number));
    paged.put(PAGE_SIZE, Integer.toString(size));
    return new ApiRequest(action, paged);
  }

  /**
   * A list-valued parameter as the API takes it: a JSON array of strings, such as
   * {@code ["a","b"]}, so a value holding {@code "]} or {@code &} stays one element.
   */
  public static String jsonList(List<String> values) {
    try {
      return ApiJson.stringArray(values);
    } catch (IOException e) {
      throw new IllegalStateException("a list of strings always serializes", e);
    }
  }

  /** The value of a parameter, or null. */
  public String parameter(String name) {
    return parameters.get(name);
  }

  @Override
  public String toString() {
    String subject = parameters.entrySet().stream()
        .filter(e -> !e.getKey().equals(PAGE_SIZE))
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
    String shown = subject.length() <= MAX_SUBJECT_CHARS
        ? subject
        : subject.substring(0, MAX_SUBJECT_CHARS) + "...";
    return shown.isEmpty() ? action.name() : action.name() + " " + shown;
  }
}
