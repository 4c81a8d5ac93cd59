package org.baclofen.reference;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The feature packages depend on each other in one direction only: a package that needs
 * another never is needed by it, directly or round a loop, so each can be read, tested
 * and changed from the bottom up.
 */
@AnalyzeClasses(packages = "org.baclofen.reference",
		importOptions = { ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class })
class PackageStructureTest {

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("org.baclofen.reference.(*)..")
		.should()
		.beFreeOfCycles();

}
