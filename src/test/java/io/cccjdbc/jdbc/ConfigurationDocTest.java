package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigurationDocTest {

  @Test
  void committedDocMatchesWhatTheEnumRenders() throws IOException {
    Path path = Path.of(ConfigurationDoc.PATH);
    String rendered = ConfigurationDoc.render();
    if (Boolean.getBoolean("ccc.writeDocs")) {
      Files.createDirectories(path.getParent());
      Files.writeString(path, rendered, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(path)
        ? Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n") : "";
    assertEquals(rendered, committed, ConfigurationDoc.PATH + " is out of date with CccProperty;"
        + " regenerate it with: " + ConfigurationDoc.REGENERATE);
  }

  @Test
  void everyPropertyIsDocumented() {
    String doc = ConfigurationDoc.render();
    for (CccProperty property : CccProperty.values()) {
      assertTrue(doc.contains("| `" + property.propertyName() + "` |"), property.propertyName());
    }
  }

  @Test
  void documentedExampleUrlIsValid() throws SQLException {
    CccConfig config = CccConfig.parse(ConfigurationDoc.EXAMPLE_URL, null);
    assertEquals("cn-beijing", config.region());
    assertEquals(List.of("ccc-prod", "ccc-test"), config.instanceIds());
    assertEquals(Optional.of("team 'a'"), config.profile());
    assertEquals(Duration.ofSeconds(60), config.readTimeout());
  }
}
