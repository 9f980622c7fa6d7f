package vn.directives.command.enterprise;

import vn.directives.events.enterprise.EnterpriseProfile;

import java.time.LocalDate;

/** An enterprise as the registry lookup holds it: the import compares rows against it. */
record RegistryEntry(String taxCode, EnterpriseProfile profile, LocalDate lastChangeOn, long version, boolean ceased) {
}
