package io.github.sscp.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The examples use the library only, never the command, and no reflection; their packages form
 * no cycle. */
@AnalyzeClasses(packages = "io.github.sscp.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ExamplesArchitectureTest {

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.github.sscp.(**)")
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule reflectionOnlyInTheModelShape = noClasses()
      .that().resideOutsideOfPackage("io.github.sscp.model.shape..")
      .should().dependOnClassesThat().resideInAnyPackage("java.lang.reflect..", "java.lang.invoke..")
      .as("only io.github.sscp.model.shape uses reflection");

  @ArchTest
  static final ArchRule libraryFreeOfTheCommand = noClasses()
      .that().resideOutsideOfPackage("io.github.sscp.cli..")
      .should().dependOnClassesThat().resideInAPackage("io.github.sscp.cli..")
      .as("the examples use no class of the command");
}
