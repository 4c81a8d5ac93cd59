package org.baclofen.reference;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The feature packages depend on each other in one direction only: a package that needs
 * another never is needed by it, directly or round a loop, so each can be read, tested
 * and changed from the bottom up. At the bottom, {@code content} (what every content item
 * is) and {@code system} (web, security and error configuration) know no feature; the
 * kind interface ({@code kind}) is implemented by the feature packages and used by the
 * editor, and never depends on the editor; nothing depends on the editor.
 */
@AnalyzeClasses(packages = "org.baclofen.reference",
		importOptions = { ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class })
class PackageStructureTest {

	private static final String APP = "org.baclofen.reference..";

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("org.baclofen.reference.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule contentDependsOnNoFeature = classes().that()
		.resideInAPackage("org.baclofen.reference.content..")
		.should()
		.onlyDependOnClassesThat(resideInAPackage("org.baclofen.reference.content..").or(resideOutsideOfPackage(APP)));

	@ArchTest
	static final ArchRule systemDependsOnNoFeature = classes().that()
		.resideInAPackage("org.baclofen.reference.system..")
		.should()
		.onlyDependOnClassesThat(resideInAPackage("org.baclofen.reference.system..").or(resideOutsideOfPackage(APP)));

	@ArchTest
	static final ArchRule kindInterfaceNeverDependsOnTheEditor = noClasses().that()
		.resideInAPackage("org.baclofen.reference.kind..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.baclofen.reference.editor..");

	@ArchTest
	static final ArchRule nothingDependsOnTheEditor = noClasses().that()
		.resideOutsideOfPackage("org.baclofen.reference.editor..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.baclofen.reference.editor..");

	/**
	 * Settings are typed @ConfigurationProperties records, with metadata; never @Value.
	 */
	@ArchTest
	static final ArchRule settingsAreTyped = noClasses().should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.beans.factory.annotation.Value");

}
