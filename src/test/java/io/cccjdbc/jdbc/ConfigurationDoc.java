package io.cccjdbc.jdbc;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Renders {@code docs/configuration.md} from {@link CccProperty}. */
final class ConfigurationDoc {

  static final String PATH = "docs/configuration.md";
  static final String REGENERATE =
      "mvn -q -B test -Dtest=ConfigurationDocTest -Dccc.writeDocs=true";
  static final String EXAMPLE_URL = "jdbc:ccc:region=cn-beijing;instanceIds=ccc-prod,ccc-test;"
      + "profile='team ''a''';readTimeout=60";

  private ConfigurationDoc() {}

  static String render() {
    return """
        # Configuration

        <!-- Generated from CccProperty by ConfigurationDocTest; do not edit by hand.
             Regenerate with: %s -->

        ccc-jdbc is configured by connection properties, given in the JDBC URL or in the
        `Properties` passed to `DriverManager.getConnection` (a BI tool's driver settings).

        ## URL syntax

        ```
        jdbc:ccc:key=value;key=value;...
        ```

        - `jdbc:ccc:` alone is a valid URL: every property takes its default.
        - Settings are `key=value` pairs separated by `;`. Empty settings, such as one left by a
          trailing `;`, are ignored. Whitespace around keys and unquoted values is dropped.
        - Property names are matched without regard to case: `readTimeout`, `READTIMEOUT` and
          `readtimeout` are the same property.
        - A value may be put in single (`'`) or double (`"`) quotes, so that it can contain `;` or
          keep leading and trailing spaces. Inside quotes, the quote character is written twice to
          stand for itself: `profile='it''s'` is `it's`. An `=` needs no quotes.
        - An empty value (`user=`, `user=''`, or `""` in Properties) means the property is not
          set.
        - A value in the URL wins over the same property in Properties (a warning says so when
          the two differ); a property set in neither takes its default.
        - An unknown property in the URL is an error that names it, suggests the closest valid
          name, and lists the valid ones. An unknown property in Properties, where BI tools add
          entries of their own, is ignored and reported as a `SQLWarning`.
        - A property given twice in the URL, also when the two spellings differ only in case, is
          an error.
        - An invalid value is an error that names the property, the value and the accepted form.
          Secret values are never shown: not in errors, not in `toString()`, not in
          `DatabaseMetaData.getURL()`, where they read `***`, and not in
          `Driver.getPropertyInfo`, which leaves their value out.
        - Errors in the URL or Properties have SQLState `08001`; missing or unusable credentials
          have SQLState `28000`.

        Example:

        ```
        %s
        ```

        ## Properties

        | Property | Type | Default | Choices | Description |
        |---|---|---|---|---|
        %s

        ## Credentials

        Requests are signed with the first credentials found, looking in this order:

        1. `user` (AccessKey ID) and `password` (AccessKey secret), with `securityToken` for STS
           credentials. Setting only one of `user` and `password` is an error.
        2. System properties `alibabacloud.accessKeyId` and `alibabacloud.accessKeySecret`, with
           `alibabacloud.sessionToken` for STS credentials.
        3. Environment variables `ALIBABA_CLOUD_ACCESS_KEY_ID` and
           `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, with `ALIBABA_CLOUD_SECURITY_TOKEN` for STS
           credentials.
        4. The aliyun CLI's `~/.aliyun/config.json` (skipped when
           `ALIBABA_CLOUD_CLI_PROFILE_DISABLED` is `true`). Profiles of mode `AK` and `StsToken`
           are supported:
           ```json
           {
             "current": "default",
             "profiles": [
               {"name": "default", "mode": "AK",
                "access_key_id": "LTAI...", "access_key_secret": "..."},
               {"name": "temp", "mode": "StsToken",
                "access_key_id": "STS...", "access_key_secret": "...", "sts_token": "..."}
             ]
           }
           ```
        5. The ini file `~/.alibabacloud/credentials`, then `~/.alibabacloud/credentials.ini`;
           `ALIBABA_CLOUD_CREDENTIALS_FILE` names another file to read instead of both. Sections of
           type `access_key` are supported; `enable = false` switches a section off:
           ```ini
           [default]
           type = access_key
           access_key_id = LTAI...
           access_key_secret = ...
           ```

        The profile is the one named by the `profile` property, else by the environment variable
        `ALIBABA_CLOUD_PROFILE`, else the file's own default (`current` in `config.json`, falling
        back to `default`; the `[default]` section in the ini file). When the `profile` property is
        set, steps 2 and 3 are skipped: a named profile wins over a key pair left in the
        environment.

        Half a key pair (an ID without its secret, or a token alone) is an error rather than a
        reason to look further. A profile of another mode or type (such as `RamRoleArn`,
        `EcsRamRole`, `ram_role_arn` or `ecs_ram_role`) is an error that names the profile, its
        mode and the supported ones. When nothing is found, the error lists every place looked at
        and why each gave nothing. With `demo=true` no credentials are needed.

        ## Proxies

        Without `proxyHost`, requests follow the JVM's proxy settings, as any Java program's do:
        the system properties `https.proxyHost` and `https.proxyPort` (the service is reached over
        HTTPS), `http.nonProxyHosts`, or a `ProxySelector` the application installed, as
        Eclipse-based tools such as DBeaver do. With `proxyHost` and `proxyPort`, the connection
        uses that HTTP proxy and ignores the JVM's proxy settings:

        - HTTPS requests pass the proxy in a `CONNECT` tunnel: the proxy sees the endpoint's host
          name and port, never the request, its signature or the answer.
        - Hosts that match `nonProxyHosts` are reached directly. The default,
          `localhost|127.*|[::1]`, keeps loopback addresses off the proxy as the JVM does, so
          `demo=true` and a local emulator still work. A value replaces the default (the JVM
          instead adds its loopback patterns to any list): to bypass more hosts and keep loopback
          direct, write `*.corp.example|localhost|127.*|[::1]`.
        - When a proxy answers `407 Proxy Authentication Required` and offers Basic
          authentication, `proxyUser` and `proxyPassword` are sent in a `Proxy-Authorization`
          header, once, and never before a proxy asks. This applies to the proxy chosen by
          `proxyHost` or by the JVM. A proxy that offers only other schemes (such as NTLM or
          Negotiate) is reported as such.
        - A proxy that cannot be reached, that asks for credentials none were given for, or that
          refuses them fails the statement with an error that names the proxy (SQLState `08006`).

        ## Trust stores

        TLS certificates are checked against the JVM's trust store (`javax.net.ssl.trustStore`,
        else the JDK's `cacerts`). A network that inspects TLS re-signs certificates with its own
        certificate authority; to trust that CA for this driver only, put its certificate in a
        trust store, for example with
        `keytool -importcert -alias corp-ca -file corp-ca.pem -keystore corp-ca.p12 -storetype PKCS12`,
        and set `trustStore` to its path, `trustStorePassword` if it has one, and `trustStoreType`
        (`PKCS12`, the default, or `JKS`).

        - The trust store replaces the JVM's for the connection: only its certificates are
          trusted.
        - Certificates are verified all the same, and each must be issued for the endpoint's host
          name. No setting turns verification off.
        - The file is read when a connection opens. A missing file, a wrong password or a file of
          another kind fails the connection (SQLState `08001`) with a message that says which.
        - An untrusted certificate fails the statement with an error that says so and suggests
          `trustStore` (SQLState `08006`).

        ## Time zones

        The API counts time in instants (epoch milliseconds). A `TIMESTAMP` column shows each
        as the wall-clock time of the connection's `timeZone` (an IANA id such as
        `Asia/Shanghai`; by default the JVM's zone, as most JDBC drivers do), and the same zone
        reads the literals and `?` parameters of filters: `start_time >= TIMESTAMP '2024-06-01
        00:00:00'` with `timeZone=Asia/Shanghai` means midnight in Shanghai. So:

        - `getString` and `getObject(i, LocalDateTime.class)` give the wall-clock time in
          `timeZone`; `getTimestamp` gives the instant itself (printed in the JVM's zone, it reads
          differently when the two zones differ), and binding it back with `setTimestamp` selects
          the same rows; `getObject(i, OffsetDateTime.class)` and `Instant` are that instant.
        - A `LocalDateTime` or `LocalDate` parameter is a wall-clock time of `timeZone`.
        - `CAST(start_time AS DATE)`, `EXTRACT`, `FLOOR(... TO DAY)` and `CURRENT_TIMESTAMP`
          group and compare by the days and hours of `timeZone`. A `DATE` has no zone: read as
          `java.sql.Date` it is that day in the JVM's zone.
        - Where clocks go back, a wall-clock hour happens twice: `instance_reports_hourly` then
          shows two rows with the same `stats_time`, and a filter on that hour covers both.
          Daily reports count the service's days (midnight in Asia/Shanghai).
        - Times the API writes as text (`contact_flows.created_time`) are shown as written.

        ## Logging API calls

        ccc-jdbc logs through SLF4J and ships no binding: the application chooses one. With
        `logHttp=true`, every API call, retries included, is one INFO line on the logger
        `io.cccjdbc.api.http`:

        ```
        GetInstance InstanceId=ccc-test: HTTP 503 ServiceUnavailable in 229 ms, RequestId REQ-8C2E
        GetInstance InstanceId=ccc-test (retry 1): HTTP 200 in 55 ms, RequestId 501B27F4-1822-41D0
        ListInstances PageNumber=1: HTTP 200 in 30 ms, RequestId FBB71A18-3432-4E6B
        GetInstance InstanceId=ccc-hz: failed after 30012 ms: timed out waiting for ccc.cn-shanghai.aliyuncs.com (...)
        ```

        The line holds the action, the instance id or page, the retry number, the HTTP status and
        API error code, the duration and the request id to quote to Alibaba Cloud support. It
        never holds the request URL, whose query carries the AccessKey ID, signature and STS
        token, nor any secret.

        The self-contained `-all` jar carries its SLF4J relocated, so first on a class path it
        never takes the place of the application's own SLF4J (1.7 or 2, whose logging would
        otherwise be switched off). It hands each event to the application's SLF4J, whichever
        version, at the same level and logger name; an application without SLF4J gets no log
        and no SLF4J notice on stderr.
        """.formatted(REGENERATE, EXAMPLE_URL, propertyRows());
  }

  private static String propertyRows() {
    return Arrays.stream(CccProperty.values())
        .map(ConfigurationDoc::row)
        .collect(Collectors.joining("\n"));
  }

  private static String row(CccProperty property) {
    String defaultValue = property.defaultValue() == null ? "" : code(property.defaultValue());
    String choices = property.choices().stream().map(ConfigurationDoc::code)
        .collect(Collectors.joining(", "));
    String description = property.description()
        + (property.isSecret() ? " Secret: never shown." : "");
    return "| " + code(property.propertyName()) + " | " + cell(property.form()) + " | "
        + defaultValue + " | " + choices + " | " + cell(description) + " |";
  }

  private static String code(String text) {
    return "`" + cell(text) + "`";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
