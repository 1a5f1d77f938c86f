package hu.insurer.lifeaccess.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
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
 * One instance per protected API, registered with a {@code FilterRegistrationBean} for its URL pattern, e.g.
 * {@code new CamundaBasicAuthFilter(identityService, CamundaGroups.ADMINS, refusals)} for {@code /api/dev/*}.
 * (The portal API has a credential of its own, not a Camunda user: {@code PortalClientAuthenticationFilter}.)
 * The filter does not set a Camunda authentication ({@code IdentityService#setAuthentication}) for the request:
 * with authorization checks on, engine calls made for a technical user would be refused. Code behind the filter
 * that wants the engine to check authorizations sets it itself.
 *
 * <p>Password checks go through {@link IdentityService#checkPassword}, so Camunda's lock-out after failed logins
 * applies here as well (a delay after wrong passwords, never a lasting lock: see README, Security). Refusals are
 * counted for a summary line per interval ({@link RefusedRequestsLog}), not logged one by one; passwords never.
 */
public class CamundaBasicAuthFilter extends OncePerRequestFilter {

    public static final String REALM = "life-access";

    private static final String UNAUTHORIZED_BODY = "{\"error\":\"UNAUTHORIZED\"}";
    private static final String FORBIDDEN_BODY = "{\"error\":\"FORBIDDEN\"}";

    private final IdentityService identityService;
    private final String requiredGroupId;
    private final RefusedRequests refusals;

    /**
     * @param identityService the engine's identity service (users, passwords, memberships)
     * @param requiredGroupId the Camunda group whose members may pass, e.g. {@link CamundaGroups#ADMINS}
     * @param refusals        counts the refused requests for the log's summary lines
     */
    public CamundaBasicAuthFilter(IdentityService identityService, String requiredGroupId, RefusedRequests refusals) {
        this.identityService = Objects.requireNonNull(identityService, "identityService");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
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
        BasicCredentials credentials = BasicCredentials.of(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (credentials == null || !identityService.checkPassword(credentials.userId(), credentials.password())) {
            refusals.record("UNAUTHORIZED");
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED_BODY);
            return;
        }
        String userId = credentials.userId();
        if (identityService.createGroupQuery().groupMember(userId).groupId(requiredGroupId).count() == 0) {
            refusals.record("FORBIDDEN");
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
}
