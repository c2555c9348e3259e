package io.cccjdbc.emulator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What happens in a call of each kind: IVR, queue, ringing, talk, hold, transfers, the
 * satisfaction survey and how it ends, with durations and outcome shares like a busy service
 * line's. The record's fields stay consistent with each other: WaitTime is QueueTime + RingTime,
 * a call never established has no talk time and no recording, the times add up to ReleaseTime.
 */
final class CallFlows {
  private static final String NORMAL = "200:NORMAL_CLEARING";
  private static final String[][] EARLY_MEDIA = {
      {"NoAnswer", "480:NO_USER_RESPONSE", "您拨打的电话暂时无人接听"},
      {"PowerOff", "480:NO_USER_RESPONSE", "您拨打的电话已关机"},
      {"Busy", "486:USER_BUSY", "您拨打的电话正在通话中"},
      {"OutOfService", "404:NO_ROUTE_DESTINATION", "您拨打的电话已停机"},
      {"NotExist", "404:UNALLOCATED_NUMBER", "您拨打的电话是空号"},
      {"NotConnected", "503:NORMAL_TEMPORARY_FAILURE", "您拨打的电话暂时无法接通"},
      {"Restricted", "403:CALL_REJECTED", "您拨打的电话已呼入限制"}};
  private static final int[] EARLY_MEDIA_WEIGHTS = {60, 10, 10, 5, 5, 7, 3};
  private static final int[] RATING_WEIGHTS = {3, 4, 10, 30, 53};
  private static final String[][] CHAT_CHANNELS = {
      {"Web", "官网在线客服"}, {"AliMe", "App 智能客服"}, {"DingTalkServiceWindow", "钉钉服务窗"}};

  private final Roster roster;
  private final SplittableRandom random;
  private final List<Roster.Agent> onDuty;

  CallFlows(Roster roster, SplittableRandom random, List<Roster.Agent> onDuty) {
    this.roster = roster;
    this.random = random;
    this.onDuty = onDuty;
  }

  void play(Call call, String kind) {
    call.type = kind;
    switch (kind) {
      case Call.INBOUND -> inbound(call);
      case Call.INTERNAL -> internal(call);
      case Call.BACK2BACK -> backToBack(call);
      case Call.PREDICTIVE -> predictive(call);
      default -> outbound(call);
    }
  }

  private void inbound(Call call) {
    int media = random.nextInt(100);
    if (media < 10 && roster.hasChat()) {
      chat(call);
      return;
    }
    call.mediaType = media == 99 ? "VIDEO" : "AUDIO";
    Roster.Customer customer = customer();
    call.callingNumber = customer.number();
    call.callerLocation = customer.location();
    Roster.Line line = pick(roster.inboundLines());
    call.calledNumber = line.number();
    call.calleeLocation = line.location();
    call.ivrTime = between(5, 45);
    int draw = random.nextInt(1000);
    if (draw < 60) {
      end(call, "AbandonedInIVR", "customer", "487:ORIGINATOR_CANCEL", call.ivrTime);
    } else if (draw < 70) {
      end(call, "IVRException", null, "500:SERVER_INTERNAL_ERROR", call.ivrTime);
    } else if (draw < 80) {
      call.ivrTime += between(10, 60);
      end(call, "AbandonedInVoiceNavigator", "customer", "487:ORIGINATOR_CANCEL", call.ivrTime);
    } else if (draw < 90) {
      call.outsideNumber = "0571" + CallGenerator.padded(random.nextInt(100_000_000), 8);
      call.establishedTime = call.startTime + call.ivrTime * 1000L;
      call.talkTime = between(30, 300);
      end(call, "ForwardToOutsideNumber", "customer", NORMAL, call.ivrTime + call.talkTime);
    } else {
      queue(call, candidates("AUDIO"), call.ivrTime);
    }
  }

  /** From the queue on, for inbound and predictive calls; {@code before} seconds have passed. */
  private void queue(Call call, List<Roster.Agent> agents, int before) {
    call.queued = true;
    if (agents.isEmpty()) {
      call.queueTime = between(20, 120);
      int draw = random.nextInt(10);
      if (draw < 4) {
        end(call, "QueuingTimeout", null, "408:REQUEST_TIMEOUT", before + call.queueTime);
      } else if (draw < 7) {
        end(call, "Voicemail", "customer", NORMAL, before + call.queueTime + between(10, 60));
      } else {
        end(call, "AbandonedInQueue", "customer", "487:ORIGINATOR_CANCEL", before + call.queueTime);
      }
      return;
    }
    call.queueTime = (int) Math.min(300, Math.round(-20 * Math.log(1 - random.nextDouble())));
    int draw = random.nextInt(1000);
    if (draw < 70) {
      end(call, "AbandonedInQueue", "customer", "487:ORIGINATOR_CANCEL", before + call.queueTime);
    } else if (draw < 85) {
      call.queueTime = Math.max(call.queueTime, 120);
      end(call, "QueuingTimeout", null, "408:REQUEST_TIMEOUT", before + call.queueTime);
    } else if (draw < 92) {
      end(call, "QueuingOverflow", null, "486:USER_BUSY", before + call.queueTime);
    } else if (draw < 97) {
      end(call, "QueuingFailed", null, "500:SERVER_INTERNAL_ERROR", before + call.queueTime);
    } else {
      assign(call, weighted(agents));
      call.rang = true;
      call.ringTime = between(2, 16);
      int waited = before + call.queueTime + call.ringTime;
      if (random.nextInt(100) < 4) {
        end(call, "AbandonedInRing", "customer", "487:ORIGINATOR_CANCEL", waited);
      } else {
        if (!call.established()) {
          call.establishedTime = call.startTime + waited * 1000L;
        }
        talk(call, 150, 0.8, waited);
      }
    }
  }

  private void chat(Call call) {
    call.mediaType = "CHAT";
    String[] channel = CHAT_CHANNELS[random.nextInt(CHAT_CHANNELS.length)];
    int visitor = random.nextInt(100_000);
    Roster.Customer customer = customer();
    int byCustomer = between(3, 30);
    List<Roster.Agent> agents = candidates("CHAT");
    call.queued = true;
    call.queueTime = between(0, 60);
    boolean served = !agents.isEmpty() && random.nextInt(100) >= 6;
    call.chat = served
        ? new Call.Chat(channel[0], channel[1], "visitor-" + visitor, "访客" + visitor,
            customer.location(), Math.max(1, byCustomer + between(-2, 6)), byCustomer,
            between(3, 60), between(5, 40))
        : new Call.Chat(channel[0], channel[1], "visitor-" + visitor, "访客" + visitor,
            customer.location(), 0, Math.min(byCustomer, 2), 0, 0);
    if (!served) {
      end(call, "AbandonedInQueue", "customer", null, call.queueTime);
      return;
    }
    assign(call, weighted(agents));
    call.establishedTime = call.startTime + call.queueTime * 1000L;
    call.talkTime = between(120, 1800);
    call.workTime = between(0, 60);
    survey(call, "CHAT", 50);
    end(call, Call.SUCCESS, random.nextBoolean() ? "customer" : "agent", null,
        call.queueTime + call.talkTime);
  }

  private void outbound(Call call) {
    assign(call, weighted(onDuty));
    Roster.Line line = pick(roster.outboundLines());
    Roster.Customer customer = customer();
    call.callingNumber = line.number();
    call.callerLocation = line.location();
    call.calledNumber = customer.number();
    call.calleeLocation = customer.location();
    if (call.type.equals(Call.PRIVACY_DIAL)) {
      call.broker = pick(roster.inboundLines()).number();
    }
    call.dialingTime = between(3, 38);
    int draw = random.nextInt(100);
    if (draw < 60) {
      call.establishedTime = call.startTime + call.dialingTime * 1000L;
      talk(call, 90, 0.9, call.dialingTime);
    } else if (draw < 85) {
      earlyMedia(call, call.dialingTime);
    } else {
      end(call, "Reject", "customer", "603:DECLINE", call.dialingTime);
    }
  }

  private void predictive(Call call) {
    Roster.Line line = pick(roster.outboundLines());
    Roster.Customer customer = customer();
    call.callingNumber = line.number();
    call.callerLocation = line.location();
    call.calledNumber = customer.number();
    call.calleeLocation = customer.location();
    call.dialingTime = between(5, 30);
    if (random.nextInt(100) < 45) {
      call.establishedTime = call.startTime + call.dialingTime * 1000L;
      queue(call, candidates("AUDIO"), call.dialingTime);
    } else {
      earlyMedia(call, call.dialingTime);
    }
  }

  private void internal(Call call) {
    Roster.Agent caller = weighted(onDuty);
    Roster.Agent callee = weighted(onDuty.stream().filter(agent -> agent != caller).toList());
    call.agent = caller;
    call.secondAgent = callee;
    call.callingNumber = caller.extension();
    call.calledNumber = callee.extension();
    call.rang = true;
    call.ringTime = between(2, 15);
    if (random.nextInt(100) < 85) {
      call.establishedTime = call.startTime + call.ringTime * 1000L;
      call.talkTime = between(20, 400);
      end(call, Call.SUCCESS, random.nextBoolean() ? "agent" : "customer", NORMAL,
          call.ringTime + call.talkTime);
    } else {
      end(call, "NoAnswer", "agent", "480:NO_USER_RESPONSE", call.ringTime);
    }
  }

  /** The agent's phone rings first; once the agent answers, the customer is dialled. */
  private void backToBack(Call call) {
    assign(call, weighted(onDuty));
    Roster.Line line = pick(roster.outboundLines());
    Roster.Customer customer = customer();
    call.broker = line.number();
    List<Roster.Line> lines = roster.outboundLines();
    call.additionalBroker = lines.size() > 1 ? lines.get(1).number() : null;
    call.callingNumber = line.number();
    call.callerLocation = line.location();
    call.calledNumber = customer.number();
    call.calleeLocation = customer.location();
    call.rang = true;
    call.ringTime = between(2, 9);
    if (random.nextInt(100) >= 95) {
      end(call, "NoAnswer", "agent", "480:NO_USER_RESPONSE", call.ringTime);
      return;
    }
    call.dialingTime = between(3, 30);
    int before = call.ringTime + call.dialingTime;
    if (random.nextInt(100) < 60) {
      call.establishedTime = call.startTime + before * 1000L;
      talk(call, 120, 0.8, before);
    } else {
      earlyMedia(call, before);
    }
  }

  /** The customer and the agent talk; {@code before} seconds passed since the start. */
  private void talk(Call call, double median, double spread, int before) {
    call.talkTime = (int) Math.max(10, Math.min(3_600,
        Math.round(median * Math.exp(spread * random.nextGaussian()))));
    if (random.nextInt(100) < (call.type.equals(Call.INBOUND) ? 15 : 8)) {
      call.holdCount = 1 + random.nextInt(2);
      call.heldTime = between(10, 120);
    }
    boolean inbound = call.type.equals(Call.INBOUND) || call.type.equals(Call.PREDICTIVE);
    List<Roster.Agent> others = onDuty.stream().filter(agent -> agent != call.agent).toList();
    if (inbound && !others.isEmpty() && random.nextInt(100) < 6) {
      call.secondAgent = weighted(others);
      call.secondGroup = call.secondAgent.group(call.mediaType);
      call.attendedTransfer = random.nextBoolean();
      call.secondTalk = (int) (call.talkTime * (0.3 + 0.4 * random.nextDouble()));
    }
    call.workTime = random.nextInt(10) < 7 ? between(5, 90) : 0;
    survey(call, inbound ? (random.nextInt(5) == 0 ? "SMS" : "IVR") : "SMS", inbound ? 60 : 15);
    end(call, Call.SUCCESS, random.nextInt(10) < 6 ? "customer" : "agent", NORMAL,
        before + call.talkTime + call.heldTime);
  }

  private void survey(Call call, String channel, int percentOffered) {
    if (random.nextInt(100) >= percentOffered) {
      return;
    }
    call.surveyChannel = channel;
    if (random.nextInt(100) < 55) {
      call.satisfaction = 1 + pickWeighted(RATING_WEIGHTS);
    }
  }

  private void earlyMedia(Call call, int seconds) {
    String[] state = EARLY_MEDIA[pickWeighted(EARLY_MEDIA_WEIGHTS)];
    call.earlyMediaState = state[0];
    call.earlyMediaText = random.nextInt(3) == 0 ? null : state[2];
    end(call, "NoAnswer", "agent", state[1], seconds);
  }

  private void end(Call call, String disposition, String initiator, String reason, long seconds) {
    call.disposition = disposition;
    call.releaseInitiator = initiator;
    call.releaseReason = reason;
    call.releaseTime = call.startTime + seconds * 1000L + random.nextInt(1000);
  }

  private void assign(Call call, Roster.Agent agent) {
    call.agent = agent;
    call.group = agent.group(call.mediaType);
  }

  /** Agents on duty who serve the media, or all on duty if none does. */
  private List<Roster.Agent> candidates(String mediaType) {
    List<Roster.Agent> serving = onDuty.stream().filter(agent -> agent.serves(mediaType)).toList();
    return serving.isEmpty() && !mediaType.equals("CHAT") ? onDuty : serving;
  }

  private Roster.Agent weighted(List<Roster.Agent> agents) {
    double total = agents.stream().mapToDouble(Roster.Agent::weight).sum();
    double draw = random.nextDouble() * total;
    for (Roster.Agent agent : agents) {
      draw -= agent.weight();
      if (draw < 0) {
        return agent;
      }
    }
    return agents.get(agents.size() - 1);
  }

  private Roster.Customer customer() {
    return pick(roster.customers());
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private int pickWeighted(int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int draw = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }
}
