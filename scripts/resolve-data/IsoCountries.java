import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Prints the JDK's ISO 3166 country table (alpha-2, alpha-3, English name), one tab-separated line
 * a country, for scripts/build-resolve-data.py. Run as a single-file program: java
 * IsoCountries.java
 */
public class IsoCountries {
  public static void main(String[] args) {
    for (String alpha2 : Locale.getISOCountries()) {
      Locale country = new Locale("", alpha2);
      try {
        System.out.println(
            alpha2 + "\t" + country.getISO3Country() + "\t" + country.getDisplayCountry(Locale.ENGLISH));
      } catch (MissingResourceException noAlpha3) {
        // a code without an alpha-3 form in the JDK is left out; the script adds the few it needs
      }
    }
  }
}
