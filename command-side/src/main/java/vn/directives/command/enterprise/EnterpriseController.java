package vn.directives.command.enterprise;

import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.command.infrastructure.CommandDispatcher;
import vn.directives.command.infrastructure.web.Versions;

import java.net.URI;

/**
 * The enterprise registry: register an enterprise, change its facts, record that it ceased. The
 * tax code is the enterprise's id: it is given by the tax authority and kept for life.
 */
@RestController
@RequestMapping("/api/enterprises")
class EnterpriseController {

    private final CommandDispatcher dispatcher;
    private final String queryBaseUrl;

    EnterpriseController(CommandDispatcher dispatcher, @Value("${directives.query-side.base-url}") String queryBaseUrl) {
        this.dispatcher = dispatcher;
        this.queryBaseUrl = queryBaseUrl;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> register(@Valid @RequestBody EnterpriseRequests.Registration body) {
        String taxCode = body.taxCode().strip();
        dispatcher.dispatch(new RegisterEnterprise(taxCode, body.profile().toValue(), null, body.effectiveOn(),
                dispatcher.context()));
        return Versions.created(URI.create(queryBaseUrl + "/api/enterprises/" + taxCode), taxCode, 0);
    }

    @PostMapping("/{taxCode}/changes")
    ResponseEntity<Versions.Accepted> change(@PathVariable String taxCode,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody EnterpriseRequests.Change body) {
        long version = dispatcher.dispatch(new ChangeEnterprise(taxCode, Versions.expected(ifMatch),
                body.profile().toValue(), null, body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taxCode, version);
    }

    /** A socio-political organization founded in the enterprise (trade union, Youth Union, …). */
    @PostMapping("/{taxCode}/socio-political-organizations")
    ResponseEntity<Versions.Accepted> found(@PathVariable String taxCode,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody EnterpriseRequests.SocioPoliticalOrganization body) {
        long version = dispatcher.dispatch(new FoundSocioPoliticalOrganization(taxCode, Versions.expected(ifMatch),
                body.kind(), body.members(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taxCode, version);
    }

    @PostMapping("/{taxCode}/socio-political-organization-members")
    ResponseEntity<Versions.Accepted> members(@PathVariable String taxCode,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody EnterpriseRequests.SocioPoliticalOrganization body) {
        long version = dispatcher.dispatch(new ChangeSocioPoliticalOrganizationMembers(taxCode,
                Versions.expected(ifMatch), body.kind(), body.members(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taxCode, version);
    }

    @PostMapping("/{taxCode}/socio-political-organization-dissolutions")
    ResponseEntity<Versions.Accepted> dissolve(@PathVariable String taxCode,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody EnterpriseRequests.SocioPoliticalDissolution body) {
        long version = dispatcher.dispatch(new DissolveSocioPoliticalOrganization(taxCode,
                Versions.expected(ifMatch), body.kind(), body.reason(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taxCode, version);
    }

    @PostMapping("/{taxCode}/cessation")
    ResponseEntity<Versions.Accepted> cease(@PathVariable String taxCode,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody EnterpriseRequests.Cessation body) {
        long version = dispatcher.dispatch(new CeaseEnterprise(taxCode, Versions.expected(ifMatch), body.reason(),
                body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taxCode, version);
    }
}
