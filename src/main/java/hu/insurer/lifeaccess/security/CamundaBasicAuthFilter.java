package hu.insurer.lifeaccess.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of this application's own APIs against the Camunda users (the application has no
 * Spring Security; Camunda's identity service is the user store), limited to the members of one group:
 * <ul>
 * <li>no, malformed or wrong credentials: 401 with {@code WWW-Authenticate: Basic realm="life-access"} and
 * {@code {"error": "UNAUTHORIZED"}};</li>
 * <li>right credentials, but not a member of the required group: 403 with {@code {"error": "FORBIDDEN"}};</li>
 * <li>otherwise the request goes on, with {@link HttpServletRequest#getRemoteUser()} and
 * {@link HttpServletRequest#getUserPrincipal()} giving the Camunda user id.</li>
 * </ul>
 * One instance per protected API, registered with a {@code FilterRegistrationBean} for its URL pattern:
 * <pre>{@code
 * new CamundaBasicAuthFilter(identityService, CamundaGroups.ADMINS)          // /api/dev/*
 * new CamundaBasicAuthFilter(identityService, CamundaGroups.PORTAL_CLIENTS)  // /api/portal/*
 * }</pre>
 * The filter does not set a Camunda authentication ({@code IdentityService#setAuthentication}) for the request:
 * with authorization checks on, engine calls made for a technical user would be refused. Code behind the filter
 * that wants the engine to check authorizations sets it itself.
 *
 * <p>Password checks go through {@link IdentityService#checkPassword}, so Camunda's lock-out after failed logins
 * applies here as well. Passwords are never logged.
 */
public class CamundaBasicAuthFilter extends OncePerRequestFilter {

    public static final String REALM = "life-access";

    private static final Logger LOG = LoggerFactory.getLogger(CamundaBasicAuthFilter.class);
    private static final String BASIC = "Basic ";
    private static final String UNAUTHORIZED_BODY = "{\"error\":\"UNAUTHORIZED\"}";
    private static final String FORBIDDEN_BODY = "{\"error\":\"FORBIDDEN\"}";

    private final IdentityService identityService;
    private final String requiredGroupId;

    /**
     * @param identityService the engine's identity service (users, passwords, memberships)
     * @param requiredGroupId the Camunda group whose members may pass, e.g. {@link CamundaGroups#ADMINS}
     */
    public CamundaBasicAuthFilter(IdentityService identityService, String requiredGroupId) {
        this.identityService = Objects.requireNonNull(identityService, "identityService");
        this.requiredGroupId = Objects.requireNonNull(requiredGroupId, "requiredGroupId");
        if (requiredGroupId.isBlank()) {
            throw new IllegalArgumentException("requiredGroupId is blank");
        }
    }

    public String requiredGroupId() {
        return requiredGroupId;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Credentials credentials = Credentials.of(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (credentials == null || !identityService.checkPassword(credentials.userId(), credentials.password())) {
            LOG.info("{} {}: refused (401), {}", request.getMethod(), request.getRequestURI(),
                    credentials == null ? "no usable Basic credentials" : "wrong credentials for user "
                            + printable(credentials.userId()));
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED_BODY);
            return;
        }
        String userId = credentials.userId();
        if (identityService.createGroupQuery().groupMember(userId).groupId(requiredGroupId).count() == 0) {
            LOG.info("{} {}: refused (403), user {} is not in group {}", request.getMethod(), request.getRequestURI(),
                    printable(userId), requiredGroupId);
            answer(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN_BODY);
            return;
        }
        chain.doFilter(new AuthenticatedRequest(request, userId), response);
    }

    private static void answer(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    /** A user id as typed by a client, safe for a log line. */
    private static String printable(String userId) {
        String cleaned = userId.replaceAll("[^\\p{L}\\p{N}._@-]", "?");
        return "'" + (cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned) + "'";
    }

    private record Credentials(String userId, String password) {

        /** The Basic credentials of an Authorization header, or null when there are none usable. */
        static Credentials of(String header) {
            if (header == null || header.length() <= BASIC.length()
                    || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
                return null;
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0 || colon == decoded.length() - 1) {
                return null;
            }
            return new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
        }

        @Override
        public String toString() {
            return "Credentials[userId=" + userId + ", password=(not shown)]";
        }
    }

    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

        private final String userId;

        AuthenticatedRequest(HttpServletRequest request, String userId) {
            super(request);
            this.userId = userId;
        }

        @Override
        public String getRemoteUser() {
            return userId;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> userId;
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.BASIC_AUTH;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }
    }
}
