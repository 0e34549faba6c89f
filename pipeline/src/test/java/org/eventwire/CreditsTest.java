package org.eventwire;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/**
 * The jar carries eventwire's licence and the credit of everything third-party it links or ships.
 */
public class CreditsTest {
  @Test
  public void theJarCarriesTheLicenceAndEveryCredit() throws IOException {
    String credits = resource("/META-INF/eventwire-CREDITS.txt");
    for (String credit :
        new String[] {
          "GPL-3.0-or-later",
          "Stanford CoreNLP 4.5.10",
          "Apache Beam",
          "Apache Flink",
          "Apache Avro",
          "Guava",
          "SLF4J",
          "Jackson",
          "PLOVER",
          "CAMEO.2.0.txt",
          "Phoenix.agents.txt",
          "Open Event Data Alliance",
          "CC BY-SA 4.0",
          "TimeML",
          "sample articles",
          "GeoNames (geonames.org)",
          "Natural Earth",
          "world-atlas",
          "Michael Bostock",
          "CC BY 4.0",
          "Open Event Data Alliance"
        }) {
      assertThat(credits, containsString(credit));
    }
    assertThat(
        resource("/META-INF/eventwire/LICENSE"), containsString("GNU GENERAL PUBLIC LICENSE"));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CreditsTest.class.getResourceAsStream(name)) {
      assertNotNull(name + " is not on the class path", in);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
