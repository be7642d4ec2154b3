package io.github.sscp.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Across every sscp module on the command's class path (model, rules, data, json, cli): no package
 * cycles, reflection only in the model's shape package, and no library class that uses the command. */
@AnalyzeClasses(packages = "io.github.sscp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
      .as("the library modules use no class of the command");
}
