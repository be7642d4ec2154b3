package io.github.sscp.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules are pure functions over the model: they use only the model, the JDK and Commons
 * Statistics' distributions, hold no mutable state outside builders (Immutables' generated classes
 * set a construction-time field to null once built), and the KPI parts do not reach into the
 * engine.
 */
@AnalyzeClasses(packages = "io.github.sscp.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTest {

  @ArchTest
  static final ArchRule usesOnlyTheModelTheJdkAndDistributions = classes()
      .should().onlyDependOnClassesThat().resideInAnyPackage("io.github.sscp.rules..",
          "io.github.sscp.model..", "java..", "org.apache.commons.statistics.distribution..",
          "org.jspecify..", "org.immutables..", "javax.annotation..");

  @ArchTest
  static final ArchRule noJackson = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("com.fasterxml..", "tools.jackson..");

  @ArchTest
  static final ArchRule partsStandAlone = noClasses()
      .that().resideInAnyPackage("io.github.sscp.rules.kpi.(*)..")
      .should().dependOnClassesThat().resideInAPackage("io.github.sscp.rules.kpi");

  @ArchTest
  static final ArchRule noMutableState = classes().that().resideInAPackage("io.github.sscp.rules..")
      .and().areNotEnums().and().haveSimpleNameNotStartingWith("Immutable")
      .and().haveSimpleNameNotEndingWith("Builder").and().haveSimpleNameNotEndingWith("InitShim")
      .should().haveOnlyFinalFields();

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.github.sscp.(**)")
      .should().beFreeOfCycles();
}
