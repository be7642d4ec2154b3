package io.github.sscp.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The testkit's packages form no cycle and use no reflection. */
@AnalyzeClasses(packages = "io.github.sscp.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitArchitectureTest {

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.github.sscp.(**)")
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule reflectionOnlyInTheModelShape = noClasses()
      .that().resideOutsideOfPackage("io.github.sscp.model.shape..")
      .should().dependOnClassesThat().resideInAnyPackage("java.lang.reflect..", "java.lang.invoke..")
      .as("only io.github.sscp.model.shape uses reflection");
}
