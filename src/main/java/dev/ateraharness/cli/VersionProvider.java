package dev.ateraharness.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = AteraHarness.class.getPackage().getImplementationVersion();
        return new String[] {"atera-harness " + (v == null ? "development build" : v),
            "Java " + System.getProperty("java.version")};
    }
}
