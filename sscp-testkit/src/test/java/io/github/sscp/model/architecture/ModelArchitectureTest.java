package io.github.sscp.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * sscp-model uses no JSON library (Jackson could arrive transitively through a dependency; the
 * Maven reactor would not notice), and its exceptions stay in the model's own hierarchy.
 */
@AnalyzeClasses(packages = "io.github.sscp.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

  @ArchTest
  static final ArchRule modelUsesNoJackson = noClasses()
      .that().resideInAPackage("io.github.sscp.model..")
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
      .as("sscp-model uses no Jackson class");

  @ArchTest
  static final ArchRule modelExceptionsAreInvalidValueExceptions = classes()
      .that().resideInAPackage("io.github.sscp.model..").and().areAssignableTo(RuntimeException.class)
      .should().beAssignableTo(io.github.sscp.model.base.InvalidValueException.class)
      .orShould().beAssignableTo(io.github.sscp.model.validation.ModelValidationException.class)
      .as("the model throws its own exception types");
}
