package io.github.sscp.model.measure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built-in crime category catalogue: the 14 police.uk street-level categories (ids {@code
 * police-uk/<slug>}) and the Home Office recorded-crime offence groups and the subgroups sscp's data
 * readers use (ids {@code home-office/<code>}). A partnership adds its own {@link
 * CrimeCategorySystem#LOCAL} categories beside these.
 */
public final class CrimeCategories {

  private static final List<CrimeCategory> POLICE_UK = Stream.of(
      new String[] {"anti-social-behaviour", "Anti-social behaviour"},
      new String[] {"bicycle-theft", "Bicycle theft"},
      new String[] {"burglary", "Burglary"},
      new String[] {"criminal-damage-arson", "Criminal damage and arson"},
      new String[] {"drugs", "Drugs"},
      new String[] {"other-theft", "Other theft"},
      new String[] {"possession-of-weapons", "Possession of weapons"},
      new String[] {"public-order", "Public order"},
      new String[] {"robbery", "Robbery"},
      new String[] {"shoplifting", "Shoplifting"},
      new String[] {"theft-from-the-person", "Theft from the person"},
      new String[] {"vehicle-crime", "Vehicle crime"},
      new String[] {"violent-crime", "Violence and sexual offences"},
      new String[] {"other-crime", "Other crime"})
      .map(p -> CrimeCategory.of("police-uk/" + p[0], CrimeCategorySystem.POLICE_UK, p[0], p[1]))
      .toList();

  private static final List<CrimeCategory> HOME_OFFICE = Stream.of(
      new String[] {"violence-against-the-person", "Violence against the person", ""},
      new String[] {"homicide", "Homicide", "violence-against-the-person"},
      new String[] {"violence-with-injury", "Violence with injury", "violence-against-the-person"},
      new String[] {"violence-without-injury", "Violence without injury", "violence-against-the-person"},
      new String[] {"stalking-and-harassment", "Stalking and harassment", "violence-against-the-person"},
      new String[] {"sexual-offences", "Sexual offences", ""},
      new String[] {"rape", "Rape", "sexual-offences"},
      new String[] {"robbery", "Robbery", ""},
      new String[] {"theft-offences", "Theft offences", ""},
      new String[] {"burglary-residential", "Residential burglary", "theft-offences"},
      new String[] {"burglary-business-community", "Non-residential burglary", "theft-offences"},
      new String[] {"vehicle-offences", "Vehicle offences", "theft-offences"},
      new String[] {"theft-of-motor-vehicle", "Theft or unauthorised taking of a motor vehicle",
          "vehicle-offences"},
      new String[] {"theft-from-the-person", "Theft from the person", "theft-offences"},
      new String[] {"bicycle-theft", "Bicycle theft", "theft-offences"},
      new String[] {"shoplifting", "Shoplifting", "theft-offences"},
      new String[] {"all-other-theft", "All other theft offences", "theft-offences"},
      new String[] {"criminal-damage-and-arson", "Criminal damage and arson", ""},
      new String[] {"drug-offences", "Drug offences", ""},
      new String[] {"possession-of-weapons", "Possession of weapons offences", ""},
      new String[] {"public-order-offences", "Public order offences", ""},
      new String[] {"miscellaneous-crimes-against-society", "Miscellaneous crimes against society", ""})
      .map(p -> {
        CrimeCategory.Builder b = CrimeCategory.builder().id("home-office/" + p[0])
            .system(CrimeCategorySystem.HOME_OFFICE).code(p[0]).label(p[1]);
        if (!p[2].isEmpty()) {
          b.parentId("home-office/" + p[2]);
        }
        return (CrimeCategory) b.build();
      })
      .toList();

  private static final Map<String, CrimeCategory> BY_ID = Stream.concat(POLICE_UK.stream(),
      HOME_OFFICE.stream()).collect(Collectors.toUnmodifiableMap(CrimeCategory::id, Function.identity()));

  private CrimeCategories() {}

  /**
   * Obtains the police.uk street-level categories.
   *
   * @return the 14 categories, in the API's order, not null
   */
  public static List<CrimeCategory> policeUk() {
    return POLICE_UK;
  }

  /**
   * Obtains the Home Office offence groups and subgroups.
   *
   * @return the categories, groups before their subgroups, not null
   */
  public static List<CrimeCategory> homeOffice() {
    return HOME_OFFICE;
  }

  /**
   * Obtains every built-in category.
   *
   * @return police.uk then Home Office categories, not null
   */
  public static List<CrimeCategory> all() {
    return Stream.concat(POLICE_UK.stream(), HOME_OFFICE.stream()).toList();
  }

  /**
   * Finds a built-in category by id.
   *
   * @param id the id, e.g. "police-uk/burglary", not null
   * @return the category, or empty if there is none
   */
  public static Optional<CrimeCategory> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }
}
