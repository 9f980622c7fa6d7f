package vn.directives.command.enterprise;

import java.util.Optional;

/** Which tax codes the registry already holds, read by rules and by the import. */
interface EnterpriseRegistry {

    /** Whether an enterprise with this tax code is registered (ceased ones included). */
    default boolean isRegistered(String taxCode) {
        return entry(taxCode).isPresent();
    }

    /** What the registry holds for the tax code: its profile, version and whether it ceased. */
    Optional<RegistryEntry> entry(String taxCode);
}
