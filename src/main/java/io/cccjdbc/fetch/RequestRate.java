package io.cccjdbc.fetch;

/** How fast one action's requests may go: {@link #acquire} waits until one more may be sent. */
@FunctionalInterface
public interface RequestRate {

  void acquire();
}
