package vn.directives.command.enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Communes and wards by the name they bore on a date, as a spreadsheet names them. */
interface CommuneNames {

    /**
     * The communes and wards active on the date by the name they bore then, each name keyed as
     * {@link ImportColumn#key} keys it, with and without the leading "Đảng ủy" of a committee's name.
     */
    Map<String, List<String>> byName(LocalDate on);

    /** The unit ids of the communes and wards active on the date. */
    Set<String> communesAndWards(LocalDate on);
}
