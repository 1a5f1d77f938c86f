package hu.insurer.lifeaccess.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The filter with a hand-written fake identity service (users, passwords, memberships). The same behaviour
 * against the real engine: {@code SmsOutboxEndpointIT}.
 */
@ExtendWith(OutputCaptureExtension.class)
class CamundaBasicAuthFilterTest {

    private final FakeIdentity identity = new FakeIdentity(
            Map.of("admin", "admin-pw", "agent", "agent-pw", "auditor", "pa:ss"),
            Map.of("admin", Set.of(CamundaGroups.ADMINS), "agent", Set.of(CamundaGroups.AGENTS),
                    "auditor", Set.of(CamundaGroups.AUDITORS)));
    private final RefusedRequests refusals = new RefusedRequests("dev API");
    private final CamundaBasicAuthFilter adminsOnly =
            new CamundaBasicAuthFilter(identity.service(), CamundaGroups.ADMINS, refusals);

    @Test
    void withoutCredentialsAsksForBasicAuthentication() throws Exception {
        Result result = call(adminsOnly, null);

        assertUnauthorized(result);
        assertThat(identity.passwordChecks).isEmpty();
    }

    @Test
    void wrongPasswordIsUnauthorized(CapturedOutput output) throws Exception {
        Result result = call(adminsOnly, basic("admin", "wrong-secret"));

        assertUnauthorized(result);
        assertThat(identity.passwordChecks).containsExactly("admin");
        assertThat(output.getAll()).doesNotContain("wrong-secret");
        assertThat(refusals.takeSummary(Duration.ofSeconds(60)))
                .hasValue("dev API: 1 request refused in the last 60 s: 1 UNAUTHORIZED");
    }

    @Test
    void unknownUserIsUnauthorized() throws Exception {
        assertUnauthorized(call(adminsOnly, basic("nobody", "x")));
    }

    @Test
    void unusableAuthorizationHeadersAreUnauthorized() throws Exception {
        for (String header : List.of("Bearer abc.def", "Basic", "Basic !!!not-base64!!!",
                "Basic " + encode("no-colon"), "Basic " + encode(":password-only"), "Basic " + encode("admin:"))) {
            assertUnauthorized(call(adminsOnly, header));
        }
        assertThat(identity.passwordChecks).isEmpty();
    }

    @Test
    void authenticatedUserOutsideTheGroupIsForbidden(CapturedOutput output) throws Exception {
        Result result = call(adminsOnly, basic("agent", "agent-pw"));

        assertThat(result.response().getStatus()).isEqualTo(403);
        assertThat(result.response().getHeader("WWW-Authenticate")).isNull();
        assertThat(result.response().getContentType()).startsWith("application/json");
        assertThat(result.response().getContentAsString()).isEqualTo("{\"error\":\"FORBIDDEN\"}");
        assertThat(result.chain().getRequest()).isNull();
        assertThat(identity.groupQueries).containsExactly("agent in " + CamundaGroups.ADMINS);
        assertThat(output.getAll()).doesNotContain("agent-pw");
        assertThat(refusals.takeSummary(Duration.ofSeconds(60))).hasValue(
                "dev API: 1 request refused in the last 60 s: 1 FORBIDDEN");
    }

    @Test
    void memberOfTheGroupPassesAsThatUser() throws Exception {
        Result result = call(adminsOnly, basic("admin", "admin-pw"));

        assertThat(result.response().getStatus()).isEqualTo(200);
        HttpServletRequest passed = (HttpServletRequest) result.chain().getRequest();
        assertThat(passed).isNotNull();
        assertThat(passed.getRemoteUser()).isEqualTo("admin");
        assertThat(passed.getUserPrincipal().getName()).isEqualTo("admin");
        assertThat(passed.getAuthType()).isEqualTo(HttpServletRequest.BASIC_AUTH);
    }

    @Test
    void schemeIsCaseInsensitiveAndPasswordMayContainAColon() throws Exception {
        CamundaBasicAuthFilter auditorsOnly =
                new CamundaBasicAuthFilter(identity.service(), CamundaGroups.AUDITORS, refusals);

        Result result = call(auditorsOnly, "basic " + encode("auditor:pa:ss"));

        assertThat(result.chain().getRequest()).isNotNull();
    }

    @Test
    void theGroupIsAParameterSoOtherApisCanUseTheSameFilter() throws Exception {
        CamundaBasicAuthFilter auditorsOnly =
                new CamundaBasicAuthFilter(identity.service(), CamundaGroups.AUDITORS, refusals);

        assertThat(auditorsOnly.requiredGroupId()).isEqualTo("auditors");
        assertThat(call(auditorsOnly, basic("auditor", "pa:ss")).chain().getRequest()).isNotNull();
        assertThat(call(auditorsOnly, basic("admin", "admin-pw")).response().getStatus()).isEqualTo(403);
    }

    @Test
    void refusesAMissingGroup() {
        assertThatThrownBy(() -> new CamundaBasicAuthFilter(identity.service(), " ", refusals))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CamundaBasicAuthFilter(identity.service(), null, refusals))
                .isInstanceOf(NullPointerException.class);
    }

    private static void assertUnauthorized(Result result) throws Exception {
        assertThat(result.response().getStatus()).isEqualTo(401);
        assertThat(result.response().getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"life-access\"");
        assertThat(result.response().getContentType()).startsWith("application/json");
        assertThat(result.response().getContentAsString()).isEqualTo("{\"error\":\"UNAUTHORIZED\"}");
        assertThat(result.chain().getRequest()).as("the request must not reach the API").isNull();
    }

    record Result(MockHttpServletResponse response, MockFilterChain chain) {
    }

    private static Result call(CamundaBasicAuthFilter filter, String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/dev/sms-outbox");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return new Result(response, chain);
    }

    private static String basic(String user, String password) {
        return "Basic " + encode(user + ":" + password);
    }

    private static String encode(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Just the part of {@link IdentityService} the filter uses: {@code checkPassword} and
     * {@code createGroupQuery().groupMember(u).groupId(g).count()}; anything else fails the test.
     */
    static final class FakeIdentity {

        final List<String> passwordChecks = new ArrayList<>();
        final List<String> groupQueries = new ArrayList<>();
        private final Map<String, String> passwords;
        private final Map<String, Set<String>> memberships;

        FakeIdentity(Map<String, String> passwords, Map<String, Set<String>> memberships) {
            this.passwords = passwords;
            this.memberships = memberships;
        }

        IdentityService service() {
            return proxy(IdentityService.class, (method, args) -> switch (method) {
                case "checkPassword" -> {
                    passwordChecks.add((String) args[0]);
                    yield args[1].equals(passwords.get((String) args[0]));
                }
                case "createGroupQuery" -> groupQuery();
                default -> throw new UnsupportedOperationException(method);
            });
        }

        private GroupQuery groupQuery() {
            String[] member = new String[1];
            String[] group = new String[1];
            GroupQuery[] self = new GroupQuery[1];
            self[0] = proxy(GroupQuery.class, (method, args) -> switch (method) {
                case "groupMember" -> {
                    member[0] = (String) args[0];
                    yield self[0];
                }
                case "groupId" -> {
                    group[0] = (String) args[0];
                    yield self[0];
                }
                case "count" -> {
                    groupQueries.add(member[0] + " in " + group[0]);
                    yield memberships.getOrDefault(member[0], Set.of()).contains(group[0]) ? 1L : 0L;
                }
                default -> throw new UnsupportedOperationException(method);
            });
            return self[0];
        }

        interface Answer {
            Object answer(String method, Object[] args);
        }

        private static <T> T proxy(Class<T> type, Answer answer) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> answer.answer(method.getName(), args)));
        }
    }
}
