package io.cccjdbc.fetch;

import io.cccjdbc.api.ApiRequest;

/**
 * Answers that do not add up to one reading of a list: a page shorter than its place
 * requires, an item listed twice, a total that changed between pages, an instance without
 * an id. Rather than answer with rows missing or doubled, the statement fails.
 */
public final class InconsistentAnswerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the answers cannot stand for the data. */
  public enum Kind {
    /** Pages that disagree: running the query again usually succeeds. */
    CHANGED,
    /** More than the action can list in one request; the query must ask for less. */
    TOO_LONG,
    /** An answer that lacks what the rows need. */
    UNUSABLE
  }

  private final Kind kind;

  private InconsistentAnswerException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  static InconsistentAnswerException pages(ApiRequest request, String problem) {
    return new InconsistentAnswerException(Kind.CHANGED, request + ": " + problem + ". The list"
        + " changed while it was read, or the service pages it inconsistently; rather than"
        + " return rows missing or twice, the query stops. Run it again.");
  }

  static InconsistentAnswerException tooLong(ApiRequest request, String problem) {
    return new InconsistentAnswerException(Kind.TOO_LONG, request + ": " + problem);
  }

  static InconsistentAnswerException unusable(ApiRequest request, String problem) {
    return new InconsistentAnswerException(Kind.UNUSABLE, request + ": " + problem);
  }
}
