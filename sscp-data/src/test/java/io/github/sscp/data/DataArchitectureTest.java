package io.github.sscp.data;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The readers use only the model, the JDK and FastCSV, and no reader depends on another. */
@AnalyzeClasses(packages = "io.github.sscp.data", importOptions = ImportOption.DoNotIncludeTests.class)
class DataArchitectureTest {

  @ArchTest
  static final ArchRule usesOnlyTheModelTheJdkAndFastCsv = classes()
      .should().onlyDependOnClassesThat().resideInAnyPackage("io.github.sscp.data..",
          "io.github.sscp.model..", "java..", "de.siegmar.fastcsv..", "org.jspecify..",
          "org.immutables..", "javax.annotation..");

  @ArchTest
  static final ArchRule readersStandApart = noClasses().that()
      .resideInAnyPackage("io.github.sscp.data.homeoffice..", "io.github.sscp.data.tidy..")
      .should().dependOnClassesThat().resideInAnyPackage("io.github.sscp.data.policeuk..");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.github.sscp.(**)")
      .should().beFreeOfCycles();
}
