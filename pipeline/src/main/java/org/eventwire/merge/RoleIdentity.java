package org.eventwire.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.avro.reflect.Nullable;
import org.eventwire.records.Role;

/**
 * What resolution found for one role of one mention (actor, target or location): the key events
 * merge on and the fields the {@link Role} record carries. Travels inside {@link LocatedMention}.
 */
final class RoleIdentity {
  /** The merge key of the role: its canonical identity when resolved, else its normalised text. */
  String key;

  @Nullable String name;
  List<String> countries = new ArrayList<>();
  List<String> sectors = new ArrayList<>();
  @Nullable String resolvedBy;
  @Nullable Integer geonameid;
  @Nullable Double lat;
  @Nullable Double lon;
  @Nullable String admin1;
  @Nullable String precision;
  @Nullable String placeReason;

  RoleIdentity() {}

  /** An identity that is only the name's key: resolution off, or no name. */
  static RoleIdentity keyOnly(String key) {
    RoleIdentity identity = new RoleIdentity();
    identity.key = key;
    return identity;
  }

  /** The role record of {@code text} and {@code type} with this identity's fields. */
  Role role(String text, String type) {
    return Role.newBuilder()
        .setText(text)
        .setType(type)
        .setName(name)
        .setCountry(countries.isEmpty() ? null : countries.get(0))
        .setCountries(new ArrayList<>(countries))
        .setSectors(new ArrayList<>(sectors))
        .setResolvedBy(resolvedBy)
        .setGeonameid(geonameid)
        .setLat(lat)
        .setLon(lon)
        .setAdmin1(admin1)
        .setPrecision(precision)
        .setPlaceReason(placeReason)
        .build();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RoleIdentity)) {
      return false;
    }
    RoleIdentity that = (RoleIdentity) o;
    return Objects.equals(key, that.key)
        && Objects.equals(name, that.name)
        && Objects.equals(countries, that.countries)
        && Objects.equals(sectors, that.sectors)
        && Objects.equals(resolvedBy, that.resolvedBy)
        && Objects.equals(geonameid, that.geonameid)
        && Objects.equals(lat, that.lat)
        && Objects.equals(lon, that.lon)
        && Objects.equals(admin1, that.admin1)
        && Objects.equals(precision, that.precision)
        && Objects.equals(placeReason, that.placeReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, name, countries, sectors, resolvedBy, geonameid, lat, precision);
  }

  @Override
  public String toString() {
    return key + "=" + name + countries + sectors + resolvedBy + "@" + geonameid + "/" + precision;
  }
}
