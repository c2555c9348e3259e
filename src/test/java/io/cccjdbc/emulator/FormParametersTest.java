package io.cccjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormParametersTest {

  @Test
  void plusIsASpaceAndEncodedPlusIsAPlus() {
    Map<String, String> parameters = decode("a=x+y&b=x%2By&c=%E4%BA%91");

    assertEquals(Map.of("a", "x y", "b", "x+y", "c", "云"), parameters);
  }

  @Test
  void encodedAmpersandAndEqualsStayInsideTheValue() {
    assertEquals(Map.of("InstanceId", "x&Action=DeleteInstance"), decode("InstanceId=x%26Action%3DDeleteInstance"));
  }

  @Test
  void firstValueOfARepeatedNameWins() {
    assertEquals(Map.of("Action", "GetInstance"), decode("Action=GetInstance&Action=DeleteInstance"));
  }

  @Test
  void nameWithoutValueHasEmptyValueAndEmptyPairsAreSkipped() {
    assertEquals(Map.of("a", "", "b", "1"), decode("a&&b=1&"));
  }

  @Test
  void malformedPercentEscapeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> decode("a=%zz"));
  }

  private static Map<String, String> decode(String raw) {
    Map<String, String> into = new LinkedHashMap<>();
    FormParameters.decodeInto(raw, into);
    return into;
  }
}
