package vn.directives.oidcprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;

/**
 * A real OpenID Connect provider for the workspace's OIDC sign-in test: Spring Authorization
 * Server with its own sign-in form, one confidential client that must use PKCE, and users whose
 * tokens carry {@code roles}, {@code unit} and {@code preferred_username} as the Keycloak realm of
 * {@code deploy/keycloak} puts them there. Only a servlet container and the security filters are
 * started (no auto-configuration: the test class path holds the whole query side). Outside
 * {@code vn.directives.query}, so that the query side's component scan does not find it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class TestOidcProvider {

    public static final String CLIENT_SECRET = "a test client secret";
    public static final String PASSWORD = "a provider password";
    /** User name to the unit its tokens name (none for the others). */
    private static final Map<String, String> UNITS = Map.of("oidc-can-bo", "unit-oidc");

    /** Starts the provider on {@code port}, with the workspace's redirect URI at {@code workspacePort}. */
    public static ConfigurableApplicationContext start(int port, int workspacePort) {
        return new SpringApplicationBuilder(TestOidcProvider.class).web(WebApplicationType.SERVLET)
                .properties("provider.port=" + port, "workspace.port=" + workspacePort,
                        "spring.main.banner-mode=off")
                .run();
    }

    /** Resolves the ports' placeholders (no auto-configuration does it here). */
    @Bean
    static PropertySourcesPlaceholderConfigurer placeholders() {
        return new PropertySourcesPlaceholderConfigurer();
    }

    @Bean
    TomcatServletWebServerFactory server(@Value("${provider.port}") int port) {
        TomcatServletWebServerFactory server = new TomcatServletWebServerFactory(port);
        // the provider's endpoints are filters; Tomcat runs filters only for a request some servlet maps
        server.setRegisterDefaultServlet(true);
        return server;
    }

    @Bean
    DelegatingFilterProxyRegistrationBean securityFilters() {
        return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, JwtDecoder tokens) {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resources -> resources.jwt(jwt -> jwt.decoder(tokens)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("oidc-ban-to-chuc").password("{noop}" + PASSWORD)
                        .authorities("ORGANIZATION_COMMITTEE").build(),
                User.withUsername("oidc-can-bo").password("{noop}" + PASSWORD).authorities("UNIT_OFFICER").build());
    }

    @Bean
    RegisteredClientRepository clients(@Value("${workspace.port}") int workspacePort) {
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("directives-workspace").clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1:" + workspacePort + "/login/oauth2/code/directives")
                .postLogoutRedirectUri("http://127.0.0.1:" + workspacePort + "/signin?signedout")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .build());
    }

    /** The claims as the realm maps them: realm roles in {@code roles}, the unit attribute, the user name. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
        return context -> {
            String username = context.getPrincipal().getName();
            context.getClaims().claim("preferred_username", username)
                    .claim("roles", context.getPrincipal().getAuthorities().stream()
                            .map(GrantedAuthority::getAuthority).filter(name -> !name.startsWith("FACTOR_")).toList());
            String unit = UNITS.get(username);
            if (unit != null) {
                context.getClaims().claim("unit", unit);
            }
        };
    }

    @Bean
    AuthorizationServerSettings settings(@Value("${provider.port}") int port) {
        return AuthorizationServerSettings.builder().issuer("http://localhost:" + port).build();
    }

    @Bean
    KeyPair keys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    @Bean
    JWKSource<SecurityContext> jwks(KeyPair keys) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder tokens(KeyPair keys) {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
    }
}
