package io.github.sscp.model.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** sscp-model sits at the bottom: it depends on no other sscp module and on no JSON library. */
@AnalyzeClasses(packages = "io.github.sscp.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

  @ArchTest
  static final ArchRule modelDependsOnNoOtherSscpModule = noClasses()
      .that().resideInAPackage("io.github.sscp.model..")
      .should().dependOnClassesThat(resideInAPackage("io.github.sscp..")
          .and(resideOutsideOfPackage("io.github.sscp.model..")))
      .as("sscp-model depends on no other sscp module");

  @ArchTest
  static final ArchRule modelUsesNoJackson = noClasses()
      .that().resideInAPackage("io.github.sscp.model..")
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
      .as("sscp-model uses no Jackson class");
}
