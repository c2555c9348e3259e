package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.column;
import static io.cccjdbc.calcite.Columns.epochTime;
import static io.cccjdbc.calcite.Columns.instanceId;
import static io.cccjdbc.calcite.Columns.key;
import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.Pushdown;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;

/**
 * {@code call_detail_records}: every call (contact) of each instance. A query names the
 * window it wants with {@code start_time}; wide windows are read in as many requests as the
 * API's paging limits need.
 */
public final class CallDetailRecordsTable {

  private static final int IDS_PER_CALL = 100;

  public static final TableDef DEF = TableDef.named("call_detail_records")
      .remark("Call detail records of each instance, one row per call, in the window the"
          + " query's start_time filter names (ListCallDetailRecordsV2). (通话详情记录。)")
      .rowsFrom(RowSource.perInstance(CccActions.LIST_CALL_DETAIL_RECORDS))
      .columns(
          instanceId(),
          key("contact_id", "ContactId", "Call (contact) ID. (通话ID。)"),
          column("contact_type", VARCHAR, "ContactType", "Call type: INBOUND, OUTBOUND,"
              + " INTERNAL, BACK2BACK, PRIVACY_DIAL, PREDICTIVE or CONFERENCE. (通话类型。)"),
          column("contact_disposition", VARCHAR, "ContactDisposition", "How the call ended,"
              + " such as Success, NoAnswer, AbandonedInQueue. (通话结束原因。)"),
          column("media_type", VARCHAR, "MediaType", "Media type: AUDIO, CHAT or VIDEO."
              + " (媒体类型。)"),
          epochTime("start_time", "StartTime", "When the call started: inbound on entering the"
              + " IVR, outbound on dialing. (通话开始时间，内呼从进入IVR开始，外呼从拨号开始计算。)"),
          epochTime("established_time", "EstablishedTime", "When the call was established;"
              + " NULL if never. (通话建立的时间，如果通话没有建立，此值为空。)"),
          epochTime("release_time", "ReleaseTime", "When the call ended. (通话结束时间。)"),
          column("call_duration", INTEGER, "CallDuration", "Call duration in seconds (the API"
              + " sends text). (通话时长，呼入从通话进入IVR开始计时，呼出从接通开始计时，单位秒。)"),
          column("ring_time", BIGINT, "RingTime", "Ringing time in seconds, from the agent's"
              + " phone ringing to answer or abandon. (振铃时长，单位秒。)"),
          column("wait_time", BIGINT, "WaitTime", "Customer wait in seconds: queue time plus"
              + " ring time. (客户等待时长，即QueueTime+RingTime，单位秒。)"),
          column("talk_time", BIGINT, "TalkTime", "Talk time in seconds. (通话时间，单位为秒)"),
          column("held_time", BIGINT, "HeldTime", "Hold time in seconds. (保持时间，单位为秒)"),
          column("ivr_time", BIGINT, "IvrTime", "Time in the IVR in seconds. (IVR时长，单位秒。)"),
          column("queue_time", BIGINT, "QueueTime", "Time queuing in seconds. (排队时长，单位秒。)"),
          column("dialing_time", BIGINT, "DialingTime", "Dialing time in seconds."
              + " (拨号时长，单位秒。)"),
          column("recording_duration", BIGINT, "RecordingDuration", "Length of the recording in"
              + " seconds. (录音时长，单位秒。)"),
          column("transfer_count", BIGINT, "TransferCount", "Number of transfers."),
          column("calling_number", VARCHAR, "CallingNumber", "Calling number. (主叫号码。)"),
          column("called_number", VARCHAR, "CalledNumber", "Called number. (被叫号码。)"),
          column("caller_location", VARCHAR, "CallerLocation", "Where the calling number"
              + " belongs. (主叫归属地。)"),
          column("callee_location", VARCHAR, "CalleeLocation", "Where the called number"
              + " belongs. (被叫归属地。)"),
          column("agent_ids", VARCHAR, "AgentIds", "IDs of the agents on the call,"
              + " comma-separated. (坐席ID列表，多个值用逗号分隔。)"),
          column("agent_names", VARCHAR, "AgentNames", "Names of the agents on the call,"
              + " comma-separated. (通话涉及到的坐席名称列表，多个坐席之间使用英文逗号隔开。)"),
          column("skill_group_ids", VARCHAR, "SkillGroupIds", "Skill groups of the agents on"
              + " the call, comma-separated. (参与通话的座席所属的技能组ID，多个技能组以逗号分隔。)"),
          column("skill_group_names", VARCHAR, "SkillGroupNames", "Names of those skill"
              + " groups, comma-separated. (参与通话的座席所属的技能组名称，多个技能组以英文逗号分隔。)"),
          column("release_initiator", VARCHAR, "ReleaseInitiator", "Who hung up: agent or"
              + " customer. (挂断方。)"),
          column("release_reason", VARCHAR, "ReleaseReason", "Hang-up reason: the SIP response"
              + " code and text, such as 486:USER_BUSY. (话务通道的挂断原因。)"),
          column("satisfaction_index", INTEGER, "SatisfactionIndex", "Satisfaction rating: the"
              + " digit the customer pressed. (满意度，即满意度按键数字（1位数字）的值。)"),
          column("satisfaction_description", VARCHAR, "SatisfactionDescription", "What the"
              + " rating means, as the satisfaction IVR names it. (满意度描述。)"),
          column("satisfaction_survey_offered", BOOLEAN, "SatisfactionSurveyOffered",
              "Whether a satisfaction survey was offered."),
          column("satisfaction_survey_channel", VARCHAR, "SatisfactionSurveyChannel",
              "Channel of the survey: IVR, SMS or CHAT."),
          column("recording_ready", BOOLEAN, "RecordingReady", "Whether the recording is"
              + " ready; false if the call was never established."
              + " (录音是否已经生成，若通话没有建立，则返回false。)"),
          column("early_media_state", VARCHAR, "EarlyMediaState", "Early-media state of an"
              + " outbound call, such as NoAnswer or PowerOff."),
          column("broker", VARCHAR, "Broker", "Carrier that handled the call."))
      .primaryKey("instance_id", "contact_id")
      .references("instances", "instance_id")
      .pushdown(new Pushdown.TimeRange("start_time", "StartTime", "EndTime"))
      .pushdown(new Pushdown.ValueList("contact_id", "ContactIdList", IDS_PER_CALL))
      .pushdown(new Pushdown.ValueList("contact_type", "ContactTypeList", IDS_PER_CALL))
      .pushdown(new Pushdown.ValueList("contact_disposition", "ContactDispositionList",
          IDS_PER_CALL))
      .pushdown(new Pushdown.Single("calling_number", "CallingNumber"))
      .pushdown(new Pushdown.Single("called_number", "CalledNumber"))
      .pushdown(new Pushdown.Single("media_type", "MediaType"))
      .rowsPerInstance(10_000)
      .build();

  private CallDetailRecordsTable() {
  }
}
