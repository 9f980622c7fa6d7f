package vn.directives.command.enterprise;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Which tax codes the registry already holds, read by rules and by the import. */
interface EnterpriseRegistry {

    /** Whether an enterprise with this tax code is registered (ceased ones included). */
    default boolean isRegistered(String taxCode) {
        return entry(taxCode).isPresent();
    }

    /** What the registry holds for the tax code: its profile, version and whether it ceased. */
    Optional<RegistryEntry> entry(String taxCode);

    /** What the registry holds for each of the tax codes it knows, read at once (an import's rows). */
    default Map<String, RegistryEntry> entries(Collection<String> taxCodes) {
        Map<String, RegistryEntry> entries = new HashMap<>();
        taxCodes.forEach(code -> entry(code).ifPresent(entry -> entries.put(code, entry)));
        return entries;
    }
}
