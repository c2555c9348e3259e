package io.cccjdbc.fetch;

import io.cccjdbc.api.ApiRequest;

/**
 * Answers that do not add up to one reading of a list: a page shorter than its place
 * requires, an item listed twice, a total that changed between pages, an instance without
 * an id. Rather than answer with rows missing or doubled, the statement fails.
 */
public final class InconsistentAnswerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private InconsistentAnswerException(String message) {
    super(message);
  }

  /** Pages that disagree: running the query again usually succeeds. */
  static InconsistentAnswerException pages(ApiRequest request, String problem) {
    return new InconsistentAnswerException(request + ": " + problem + ". The list changed"
        + " while it was read, or the service pages it inconsistently; rather than return rows"
        + " missing or twice, the query stops. Run it again.");
  }

  static InconsistentAnswerException unusable(ApiRequest request, String problem) {
    return new InconsistentAnswerException(request + ": " + problem);
  }
}
