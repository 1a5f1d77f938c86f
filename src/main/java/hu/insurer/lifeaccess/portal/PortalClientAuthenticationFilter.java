package hu.insurer.lifeaccess.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import hu.insurer.lifeaccess.security.AuthenticatedRequest;
import hu.insurer.lifeaccess.security.BasicCredentials;
import hu.insurer.lifeaccess.security.CamundaBasicAuthFilter;
import hu.insurer.lifeaccess.security.RefusedRequests;

/**
 * HTTP Basic authentication of {@code /api/portal/*} with the portal client's own credential
 * ({@link PortalClientCredentials}): no, malformed or wrong credentials get 401 with
 * {@code {"error": "UNAUTHORIZED"}}; while too many unknown credentials arrive at once, 429 with
 * {@code Retry-After}. Behind it, {@link HttpServletRequest#getRemoteUser()} is the client id.
 */
class PortalClientAuthenticationFilter extends OncePerRequestFilter {

    private static final String UNAUTHORIZED_BODY = "{\"error\":\"UNAUTHORIZED\"}";

    private final PortalClientCredentials credentials;
    private final RefusedRequests refusals;

    PortalClientAuthenticationFilter(PortalClientCredentials credentials, RefusedRequests refusals) {
        this.credentials = credentials;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BasicCredentials presented = BasicCredentials.of(request.getHeader(HttpHeaders.AUTHORIZATION));
        PortalClientCredentials.Verdict verdict = presented == null
                ? PortalClientCredentials.Verdict.REFUSED
                : credentials.check(presented.userId(), presented.password());
        switch (verdict) {
            case ACCEPTED -> chain.doFilter(new AuthenticatedRequest(request, presented.userId()), response);
            case TOO_MANY_CHECKS -> {
                refusals.record(PortalApiAnswers.TOO_MANY_REQUESTS);
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                answer(response, PortalApiAnswers.TOO_MANY_REQUESTS_STATUS, PortalApiAnswers.tooManyRequestsBody(1));
            }
            case REFUSED -> {
                refusals.record("UNAUTHORIZED");
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + CamundaBasicAuthFilter.REALM + "\"");
                answer(response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED_BODY);
            }
        }
    }

    private static void answer(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
