package io.cccjdbc.fetch;

import io.cccjdbc.api.ApiAction.Paging;
import io.cccjdbc.api.ApiObject;
import io.cccjdbc.api.ApiRequest;
import io.cccjdbc.api.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Reads every page of a paged request, each item exactly once, or fails. Page 1 tells the
 * total; the other pages are then fetched at once. Every page must hold what its place in
 * the list requires, the total must not change between pages, and no item may appear twice:
 * a list that moved while it was read would otherwise lose or double rows without a word.
 * When the service sends no total, pages are read one after another until a short one, each
 * counted against the statement's budget, so a service that never stops cannot loop forever.
 */
final class AllPages {

  private static final int SIZE = Paging.PAGE_SIZE;

  private final StatementFetch fetch;
  private final ApiRequest request;
  private final Paging paging;
  private final int budget;

  private AllPages(StatementFetch fetch, ApiRequest request, int budget) {
    this.fetch = fetch;
    this.request = request;
    this.paging = request.action().paging();
    this.budget = budget;
  }

  /** Every item of the request's list; empty if the API says the object does not exist. */
  static CompletableFuture<Optional<List<ApiObject>>> read(StatementFetch fetch,
      ApiRequest request, int budget) {
    AllPages pages = new AllPages(fetch, request, budget);
    return fetch.call(request.page(1, SIZE)).thenCompose(first -> first.isEmpty()
        ? CompletableFuture.completedFuture(Optional.empty())
        : pages.afterFirst(first.get()).thenApply(Optional::of));
  }

  private CompletableFuture<List<ApiObject>> afterFirst(Page first) {
    Long total = first.totalCount();
    if (total == null) {
      return oneAfterAnother(new ArrayList<>(first.items()), first, 1);
    }
    if (total < 0) {
      throw InconsistentAnswerException.pages(request, "page 1 says TotalCount " + total);
    }
    if (first.list() == null && total > 0) {
      throw InconsistentAnswerException.pages(request,
          "page 1 has no List although TotalCount is " + total);
    }
    int held = first.items().size();
    if (held > SIZE && held == total) {
      // The service ignored PageSize and sent the whole list at once.
      return CompletableFuture.completedFuture(unique(List.of(first)));
    }
    long pageCount = total == 0 ? 1 : (total - 1) / SIZE + 1;
    if (pageCount > paging.maxPageNumber() && TimeSlices.isWindowed(request)
        && TimeSlices.isDivisible(request)) {
      // More than one request can list: shorter windows, each with fewer items.
      int parts = (int) Math.min(Integer.MAX_VALUE, Math.max(2,
          (total * 5 / 4 + paging.maxItems() - 1) / paging.maxItems()));
      return fetch.combined(request, TimeSlices.split(request, parts))
          .thenApply(items -> items.orElse(List.of()));
    }
    if (pageCount > paging.maxPageNumber()) {
      throw InconsistentAnswerException.tooLong(request, "the list holds " + total
          + " items, more than the " + paging.maxPageNumber() + " pages of " + SIZE
          + " that " + request.action() + " can read; narrow the query (for example by"
          + " instance_id) so that each request lists fewer");
    }
    expectSize(first, 1, total);
    if (pageCount == 1) {
      return CompletableFuture.completedFuture(unique(List.of(first)));
    }
    reserveRest(pageCount);
    List<CompletableFuture<Optional<Page>>> rest = new ArrayList<>();
    for (int number = 2; number <= pageCount; number++) {
      rest.add(fetch.call(request.page(number, SIZE)));
    }
    return CompletableFuture.allOf(rest.toArray(CompletableFuture[]::new)).thenApply(done -> {
      List<Page> pages = new ArrayList<>(List.of(first));
      for (int i = 0; i < rest.size(); i++) {
        int number = i + 2;
        Page page = rest.get(i).join().orElseThrow(() -> InconsistentAnswerException.pages(
            request, "page " + number + " says the object no longer exists"));
        expectSameTotal(page, number, total);
        expectSize(page, number, total);
        pages.add(page);
      }
      return unique(pages);
    });
  }

  /** Without a total: the next page after each full one, until a short one. */
  private CompletableFuture<List<ApiObject>> oneAfterAnother(List<ApiObject> items, Page last,
      int lastNumber) {
    if (last.items().size() < SIZE) {
      return CompletableFuture.completedFuture(checkedUnique(items));
    }
    int number = lastNumber + 1;
    if (number > paging.maxPageNumber()) {
      throw InconsistentAnswerException.tooLong(request, "the list goes on past the "
          + paging.maxPageNumber() + " pages of " + SIZE + " that " + request.action()
          + " can read; narrow the query (for example by instance_id)");
    }
    ApiRequest next = request.page(number, SIZE);
    fetch.reserve(fetch.isShared(next) ? 0 : 1);
    return fetch.call(next).thenCompose(answer -> {
      Page page = answer.orElseThrow(() -> InconsistentAnswerException.pages(request,
          "page " + number + " says the object no longer exists"));
      items.addAll(page.items());
      return oneAfterAnother(items, page, number);
    });
  }

  private void reserveRest(long pageCount) {
    if (pageCount - 1 > budget) {
      throw new BudgetExceededException(pageCount, budget);
    }
    long needed = 0;
    for (int number = 2; number <= pageCount; number++) {
      if (!fetch.isShared(request.page(number, SIZE))) {
        needed++;
      }
    }
    fetch.reserve(needed);
  }

  private void expectSize(Page page, int number, long total) {
    if (page.list() == null && total > 0) {
      throw InconsistentAnswerException.pages(request, "page " + number + " has no List");
    }
    long expected = Math.min(SIZE, total - (long) (number - 1) * SIZE);
    if (page.items().size() != expected) {
      throw InconsistentAnswerException.pages(request, "page " + number + " holds "
          + page.items().size() + " items where TotalCount " + total + " and PageSize " + SIZE
          + " make " + expected);
    }
  }

  private void expectSameTotal(Page page, int number, long total) {
    if (!paging.totalOnFirstPageOnly() && page.totalCount() != null
        && page.totalCount() != total) {
      throw InconsistentAnswerException.pages(request, "TotalCount was " + total
          + " on page 1 but " + page.totalCount() + " on page " + number);
    }
  }

  private List<ApiObject> unique(List<Page> pages) {
    List<ApiObject> items = new ArrayList<>();
    pages.forEach(page -> items.addAll(page.items()));
    return checkedUnique(items);
  }

  /** Every item once: an item on two pages means the list moved under the reader. */
  private List<ApiObject> checkedUnique(List<ApiObject> items) {
    Map<List<String>, ApiObject> seen = new HashMap<>();
    for (ApiObject item : items) {
      List<String> key = request.action().itemKey().stream().map(item::string).toList();
      if (key.stream().anyMatch(java.util.Objects::isNull)) {
        continue;
      }
      ApiObject earlier = seen.putIfAbsent(key, item);
      if (earlier != null) {
        throw InconsistentAnswerException.pages(request, "it lists "
            + request.action().itemKey().stream().collect(Collectors.joining("/")) + " " + key
            + " twice (" + earlier + ", " + item + ")");
      }
    }
    return items;
  }
}
