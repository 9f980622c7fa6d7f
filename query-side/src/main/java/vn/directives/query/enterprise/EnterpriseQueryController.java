package vn.directives.query.enterprise;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.events.survey.Ownership;
import vn.directives.platform.web.Paging;
import vn.directives.platform.web.RequestRefused;
import vn.directives.platform.web.ResultPage;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The enterprises and their picture at the end of a day ({@code at}, today in the province's time
 * zone when left out). Only facts effective by that day count, whenever they were recorded.
 */
@RestController
@RequestMapping("/api/enterprises")
class EnterpriseQueryController {

    private static final int PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 200;

    private final EnterpriseListing listing;
    private final EnterpriseDetails details;
    private final ZoneId zone;

    EnterpriseQueryController(EnterpriseListing listing, EnterpriseDetails details,
                              @Value("${directives.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.listing = listing;
        this.details = details;
        this.zone = zone;
    }

    /**
     * @param q                 text found in the name, or at the start of the tax code
     * @param partyOrganization with (true) or without (false) a Party organization at the date
     * @param tradeUnion        with (true) or without (false) a trade union, as last surveyed
     * @param operating         operating and known (in the registry: operating and not ceased; otherwise
     *                          surveyed and not dissolved) or not
     * @param commune           the registry's commune or ward (a unit id)
     * @param zone              text found in the registry's industrial or cluster zone
     * @param inRegistry        in the enterprise registry at the date (true) or known only otherwise (false)
     * @param sort              {@code name}, {@code taxCode}, {@code workers}, {@code surveyedOn} or
     *                          {@code partyOrganizationSince}, optionally followed by {@code ,asc} or {@code ,desc}
     */
    @GetMapping
    ResultPage<EnterpriseSummary> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate at,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(required = false) Ownership ownership,
                                     @RequestParam(required = false) Boolean partyOrganization,
                                     @RequestParam(required = false) Boolean tradeUnion,
                                     @RequestParam(required = false) Boolean operating,
                                     @RequestParam(required = false) String commune,
                                     @RequestParam(required = false) String zone,
                                     @RequestParam(required = false) Boolean inRegistry,
                                     @RequestParam(required = false) String sort,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        EnterpriseFilter filter = new EnterpriseFilter(dayOrToday(at), q, ownership, partyOrganization, tradeUnion,
                operating, commune, zone, inRegistry);
        return listing.list(filter, EnterpriseSort.parse(sort), Paging.of(page, size, PAGE_SIZE, MAX_PAGE_SIZE));
    }

    @GetMapping("/{taxCode}")
    EnterpriseDetail one(@PathVariable String taxCode,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        LocalDate day = dayOrToday(at);
        return details.of(taxCode, day).orElseThrow(() -> RequestRefused.notFound(
                "Không có dữ liệu về doanh nghiệp mã số thuế " + taxCode + " đến hết ngày " + day + ".",
                "Nothing is known of the enterprise with tax code " + taxCode + " by the end of " + day + "."));
    }

    private LocalDate dayOrToday(LocalDate at) {
        return at == null ? LocalDate.now(zone) : at;
    }
}
