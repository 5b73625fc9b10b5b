package org.myomap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house's shape (STYLE.md, "Where new work goes"): lookup and session stand on the catalogue, the published
 * snapshot being their upstream read model; common is the ground and knows no feature; no feature leans on a
 * feature beside it.
 */
@AnalyzeClasses(packages = "org.myomap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses().that().resideInAPackage("org.myomap.common..")
            .should().dependOnClassesThat().resideInAnyPackage("org.myomap.catalogue..", "org.myomap.lookup..",
                    "org.myomap.session..");

    @ArchTest
    static final ArchRule theCatalogueKnowsNothingOfItsReaders = noClasses().that().resideInAPackage("org.myomap.catalogue..")
            .should().dependOnClassesThat().resideInAnyPackage("org.myomap.lookup..", "org.myomap.session..");

    @ArchTest
    static final ArchRule theLookupAndTheSessionLogStandApart = noClasses().that().resideInAPackage("org.myomap.lookup..")
            .should().dependOnClassesThat().resideInAPackage("org.myomap.session..");

    @ArchTest
    static final ArchRule theSessionLogDoesNotReachIntoTheLookup = noClasses().that().resideInAPackage("org.myomap.session..")
            .should().dependOnClassesThat().resideInAPackage("org.myomap.lookup..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.myomap.(*)..").should().beFreeOfCycles();
}
