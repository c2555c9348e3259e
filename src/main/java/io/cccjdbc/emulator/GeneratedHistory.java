package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The call history of a {@link HistorySpec} over a base dataset, served as the dataset's items
 * of ListCallDetailRecordsV2 (by instance id) and of the interval reports (by instance id, and
 * by {@code "<instance id>/<agent id>"} for agents). Nothing is generated before it is asked
 * for: a request generates the days its window touches, and the days used last are kept, up to
 * about {@value #CACHED_CALLS} calls, so a history of any size takes bounded memory.
 */
final class GeneratedHistory {
  static final int CACHED_CALLS = 250_000;

  /** The items of one list that a generated day holds for an instance, or for one agent. */
  private interface DayItems {
    List<? extends TimedItem> of(HistoryDay day, DayReports reports, Roster.Agent agent);
  }

  private record Subject(Roster roster, Roster.Agent agent) {}

  private final Dataset base;
  private final HistorySpec spec;
  private final Set<String> named;
  private final Map<String, Optional<Roster>> rosters = new ConcurrentHashMap<>();
  private final LinkedHashMap<String, HistoryDay> days = new LinkedHashMap<>(64, 0.75f, true);
  private long cachedCalls;

  GeneratedHistory(Dataset base, HistorySpec spec) {
    this.base = base;
    this.spec = spec;
    this.named = Set.copyOf(spec.instanceIds());
    for (String id : named) {
      if (base.find(id) == null) {
        throw new IllegalArgumentException(
            "the history is for " + id + ", which the dataset lacks");
      }
    }
  }

  /** The history's five lists, by the names the dataset keeps them under. */
  Map<String, Dataset.ActionItems> actions() {
    return Map.of(
        Dataset.CALL_DETAIL_RECORDS,
        list(false, (day, reports, agent) -> day.calls()),
        Dataset.INSTANCE_REPORT_HOURLY,
        list(false, (day, reports, agent) -> reports.instanceHours()),
        Dataset.INSTANCE_REPORT_DAILY,
        list(false, (day, reports, agent) -> optional(reports.instanceDay())),
        Dataset.AGENT_REPORT_HOURLY,
        list(true, (day, reports, agent) -> reports.agentHours(agent)),
        Dataset.AGENT_REPORT_DAILY,
        list(true, (day, reports, agent) -> optional(reports.agentDay(agent))));
  }

  private Dataset.ActionItems list(boolean perAgent, DayItems dayItems) {
    return new Dataset.ActionItems() {
      @Override
      public List<ObjectNode> of(String key) {
        return during(key, null, spec.start(), spec.endMillis()).stream()
            .map(TimedItem::json).toList();
      }

      @Override
      public List<TimedItem> during(String key, String timeField, long from, long to) {
        Subject subject = subject(key, perAgent);
        long start = Math.max(from, spec.start());
        long end = Math.min(to, spec.endMillis());
        if (subject == null || start >= end) {
          return List.of();
        }
        List<TimedItem> items = new ArrayList<>();
        for (long d = ServiceTime.day(start); d <= ServiceTime.day(end - 1); d++) {
          HistoryDay day = day(subject.roster(), d);
          DayReports reports = new DayReports(day, spec.endMillis());
          for (TimedItem item : dayItems.of(day, reports, subject.agent())) {
            if (item.time() >= from && item.time() < to) {
              items.add(item);
            }
          }
        }
        return items;
      }
    };
  }

  private Subject subject(String key, boolean perAgent) {
    int slash = key.indexOf('/');
    if (perAgent != slash >= 0) {
      return null;
    }
    Roster roster = roster(perAgent ? key.substring(0, slash) : key);
    if (roster == null || !perAgent) {
      return roster == null ? null : new Subject(roster, null);
    }
    String agentId = key.substring(slash + 1);
    return roster.agents().stream().filter(agent -> agent.userId().equals(agentId)).findFirst()
        .map(agent -> new Subject(roster, agent)).orElse(null);
  }

  private Roster roster(String instanceId) {
    ObjectNode instance = base.find(instanceId);
    if (instance == null) {
      return null;
    }
    return rosters.computeIfAbsent(instanceId, id -> {
      boolean active = named.isEmpty()
          ? "RUNNING".equals(instance.path("Status").asText()) : named.contains(id);
      return active ? Optional.of(Roster.of(base, id, spec)) : Optional.empty();
    }).orElse(null);
  }

  /** The day, from the cache or generated; two threads may both generate it, alike. */
  private HistoryDay day(Roster roster, long day) {
    String key = roster.instanceId() + "/" + day;
    synchronized (days) {
      HistoryDay cached = days.get(key);
      if (cached != null) {
        return cached;
      }
    }
    Shift[] shifts = new Shift[roster.agents().size()];
    for (Roster.Agent agent : roster.agents()) {
      shifts[agent.index()] = Shift.of(agent, day, spec.seed(), roster.salt());
    }
    HistoryDay generated =
        new HistoryDay(day, shifts, new CallGenerator(roster, spec).day(day, shifts));
    synchronized (days) {
      if (days.putIfAbsent(key, generated) == null) {
        cachedCalls += generated.calls().size();
        Iterator<HistoryDay> eldest = days.values().iterator();
        while (cachedCalls > CACHED_CALLS && days.size() > 1) {
          cachedCalls -= eldest.next().calls().size();
          eldest.remove();
        }
      }
    }
    return generated;
  }

  private static List<TimedItem> optional(TimedItem item) {
    return item == null ? List.of() : List.of(item);
  }
}
