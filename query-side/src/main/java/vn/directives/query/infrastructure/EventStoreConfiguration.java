package vn.directives.query.infrastructure;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.directives.platform.eventstore.SharedEventStoreConfiguration;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * Reads the command side's event store (schema {@code events}, SELECT only) through the shared
 * storage engine ({@link SharedEventStoreConfiguration}) and keeps its
 * own tokens in the schema {@code query}.
 */
@Configuration(proxyBeanMethods = false)
@Import(SharedEventStoreConfiguration.class)
class EventStoreConfiguration {

    @Bean
    TokenSchema tokenSchema() {
        return SharedEventStoreConfiguration.tokenSchema("query.token_entry");
    }

    /**
     * The default owner name of a claim is the JVM's name (pid@host), shared by every application
     * context in the JVM; a random suffix keeps two instances in one JVM apart. Set
     * {@code directives.query.node-id} to name an instance explicitly.
     */
    @Bean
    QueryNode queryNode(@Value("${directives.query.node-id:}") String configured) {
        if (!configured.isBlank()) {
            return new QueryNode(configured);
        }
        String random = UUID.randomUUID().toString().substring(0, 8);
        return new QueryNode(ManagementFactory.getRuntimeMXBean().getName() + "#" + random);
    }

    /** Axon's JDBC token store on {@code query.token_entry}, claiming as this {@link QueryNode}. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          QueryNode node,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(node.id())
                .build();
    }
}
