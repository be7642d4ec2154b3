package io.github.sscp.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * sscp-model uses no JSON library (Jackson could arrive transitively through a dependency; the
 * Maven reactor would not notice), its exceptions stay in sscp's own hierarchy, its packages form
 * no cycle, and reflection stays in the package that describes the model's shape.
 */
@AnalyzeClasses(packages = "io.github.sscp.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

  @ArchTest
  static final ArchRule modelUsesNoJackson = noClasses()
      .that().resideInAPackage("io.github.sscp.model..")
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
      .as("sscp-model uses no Jackson class");

  @ArchTest
  static final ArchRule modelExceptionsAreSscpExceptions = classes()
      .that().resideInAPackage("io.github.sscp.model..").and().areAssignableTo(RuntimeException.class)
      .should().beAssignableTo(io.github.sscp.model.base.SscpException.class)
      .as("the model throws its own exception types");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.github.sscp.(**)")
      .should().beFreeOfCycles().as("the model's packages form no cycle");

  @ArchTest
  static final ArchRule reflectionOnlyInTheShape = noClasses()
      .that().resideOutsideOfPackage("io.github.sscp.model.shape..")
      .should().dependOnClassesThat().resideInAnyPackage("java.lang.reflect..", "java.lang.invoke..")
      .as("only io.github.sscp.model.shape uses reflection");

  @ArchTest
  static final ArchRule baseAndConstraintsAreLeaves = noClasses()
      .that().resideInAnyPackage("io.github.sscp.model.base..", "io.github.sscp.model.constraint..")
      .should().dependOnClassesThat().resideInAnyPackage("io.github.sscp.model",
          "io.github.sscp.model.evidence..", "io.github.sscp.model.funding..",
          "io.github.sscp.model.geography..", "io.github.sscp.model.governance..",
          "io.github.sscp.model.measure..", "io.github.sscp.model.organisation..",
          "io.github.sscp.model.statutory..", "io.github.sscp.model.strategy..",
          "io.github.sscp.model.time..", "io.github.sscp.model.validation..",
          "io.github.sscp.model.shape..")
      .as("the base types and constraints depend on no other part of the model");
}
